namespace Dangjian.E2E;

/// <summary>All journeys share one running application (starting it and seeding the demo costs ~15 s).</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppProcess>
{
    public const string Name = "app";
}
