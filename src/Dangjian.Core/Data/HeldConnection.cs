using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Data;

/// <summary>
/// Keeps the context's connection open across a unit of read work that sends many statements (a duty report: ≈ 23), so
/// EF does not open and close it — and, on SQLite, return it to the pool — around each one. Closes it afterwards only if
/// it opened it.
/// </summary>
public sealed class HeldConnection : IAsyncDisposable
{
    private readonly AppDbContext? opened;

    private HeldConnection(AppDbContext? opened) => this.opened = opened;

    public static async Task<HeldConnection> OpenAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (db.Database.GetDbConnection().State == System.Data.ConnectionState.Open)
        {
            return new HeldConnection(null);
        }

        await db.Database.OpenConnectionAsync(ct);
        return new HeldConnection(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (opened is not null)
        {
            await opened.Database.CloseConnectionAsync();
        }
    }
}
