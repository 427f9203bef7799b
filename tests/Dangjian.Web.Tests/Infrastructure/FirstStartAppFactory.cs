namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>The app on an empty database, migrated by the versioned scripts and seeded at start-up as on a real first start.</summary>
public sealed class FirstStartAppFactory() : AppFactory(firstStart: true);
