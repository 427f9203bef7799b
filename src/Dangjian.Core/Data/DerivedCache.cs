using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Dangjian.Core.Data;

/// <summary>
/// Results derived from the records (a subtree's compliance, the county overview) kept between requests and keyed by
/// the state of the data they were computed from: the hash at the head of the audit chain. Every change to the records
/// writes an audit entry in its own transaction (the audit interceptor), so a new head means "something changed" and the
/// next read computes afresh; the head's hash, not its sequence number, also tells a restored or recreated database
/// from the one a result was computed on. Read the head through the context that reads the data, before the data — a
/// standby's results are keyed by the standby's head, never the primary's. The caller's key names everything else the
/// result depends on ("today", the year, the subtree or the caller's scope). See ADR 0023.
/// </summary>
public static class DerivedCache
{
    private static readonly MemoryCache Results = new(new MemoryCacheOptions { SizeLimit = 50_000 });

    /// <summary>
    /// Off in the benchmarks, which measure the work itself against its floor: neither the head is read nor anything kept.
    /// </summary>
    public static bool Enabled { get; set; } = true;

    /// <summary>
    /// The head of the audit chain as this context sees it: the one remembered for this request, else one read of the
    /// sequence index; nothing when results are not kept (<see cref="Enabled"/>).
    /// </summary>
    public static async Task<string> HeadAsync(AppDbContext db, CancellationToken ct) =>
        !Enabled ? "" : db.KnownHead ?? await Head(db).FirstOrDefaultAsync(ct) ?? "";

    /// <summary>
    /// The head of the audit chain, for reading in the same statement as something else (<see cref="Remember"/>).
    /// </summary>
    public static IQueryable<string> Head(AppDbContext db) =>
        db.AuditEntries.IgnoreQueryFilters().OrderByDescending(e => e.Sequence).Select(e => e.Hash);

    /// <summary>
    /// Keeps a head read through this same context earlier in the request (the session check reads it with the account,
    /// so a page served from the cache sends one statement in all) until the context saves. Only for requests that do
    /// not write otherwise (a GET): a write outside SaveChanges would leave the remembered head behind.
    /// </summary>
    public static void Remember(AppDbContext db, string? head) => db.KnownHead = head ?? "";

    /// <summary>The caller's scope as part of a key, for results read through the scope's query filters.</summary>
    public static string Scope(AppDbContext db) => db.ScopeAll ? "*" : string.Join('|', db.ScopePaths);

    /// <param name="key">what the result depends on besides the data, with value equality (a tuple or a record).</param>
    /// <param name="size">the result's weight against the cache's limit of 50,000 (e.g. its organizations).</param>
    public static async Task<T> GetOrComputeAsync<T>(AppDbContext db, string head, object key, Func<T, int> size, Func<Task<T>> compute)
        where T : class
    {
        if (!Enabled)
        {
            return await compute();
        }

        // One entry per key, holding the head it was computed under: a result of an older head is replaced, never kept
        // beside the new one, so writes do not pile up stale copies.
        var full = new Key(db.Database.GetConnectionString() ?? "", key);
        if (Results.TryGetValue(full, out Entry? kept) && kept is not null && kept.Head == head)
        {
            return (T)kept.Value;
        }

        var result = await compute();
        Results.Set(full, new Entry(head, result), new MemoryCacheEntryOptions { Size = Math.Max(1, size(result)), SlidingExpiration = TimeSpan.FromMinutes(10) });
        return result;
    }

    private sealed record Entry(string Head, object Value);

    private sealed record Key(string Database, object Part);
}
