namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>The app as a real county first starts it: <c>Database:SeedDemo=false</c> on an empty database.</summary>
public sealed class EmptyAppFactory() : AppFactory(firstStart: true, seedDemo: false);
