namespace Dangjian.Core.Data.Replication;

/// <summary>
/// Where the read-only work of one request reads: the hot standby when one is configured and the request may use it
/// (<see cref="StandbyAllowed"/>, set by the web pipeline for GET requests whose user has no write the standby has not
/// replayed yet), else the request's own primary context. Writes never go through <see cref="Context"/> on the standby:
/// the standby context refuses SaveChanges, and the server refuses any other write.
/// </summary>
public sealed class ReadRoute(AppDbContext primary, ReadOnlyDatabase standbyDatabase, IOrgScope scope) : IDisposable, IAsyncDisposable
{
    private AppDbContext? standby;

    /// <summary>False (the default, e.g. start-up, jobs, POST requests): every read on the primary.</summary>
    public bool StandbyAllowed { get; set; }

    /// <summary>True when <see cref="Context"/> is the standby's.</summary>
    public bool OnStandby => StandbyAllowed && standbyDatabase.IsConfigured;

    /// <summary>The context read-only pages and report composition read from; same type, model, scope filters.</summary>
    public AppDbContext Context => OnStandby ? standby ??= new AppDbContext(standbyDatabase.Options, scope) : primary;

    public void Dispose() => standby?.Dispose();

    public async ValueTask DisposeAsync()
    {
        if (standby is not null)
        {
            await standby.DisposeAsync();
        }
    }
}
