using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Loop.Bulletins;

/// <summary>
/// Issues a draft: takes the next number of the issuing organization's year. Two clerks issuing at once both read
/// the same maximum; the unique index (organization, year, number) rejects the second, which retries with the next.
/// </summary>
public static class BulletinIssuer
{
    public const int Attempts = 5;

    /// <param name="issuedOn">印发日期, the day the bulletin went out (checked by the caller).</param>
    public static async Task<string?> IssueAsync(AppDbContext db, Bulletin bulletin, DateOnly issuedOn, CancellationToken ct = default)
    {
        if (bulletin.IsIssued)
        {
            return "该通报已印发，不能重复印发。";
        }

        for (var attempt = 1; ; attempt++)
        {
            bulletin.Number = await NextNumberAsync(db, bulletin.OrganizationId, bulletin.Year, ct);
            bulletin.IssuedOn = issuedOn;
            try
            {
                await db.SaveChangesAsync(ct);
                return null;
            }
            catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && attempt < Attempts)
            {
                bulletin.Number = null;
                bulletin.IssuedOn = null;
            }
        }
    }

    public static async Task<int> NextNumberAsync(AppDbContext db, int organizationId, int year, CancellationToken ct = default) =>
        (await db.Bulletins
            .Where(b => b.OrganizationId == organizationId && b.Year == year && b.Number != null)
            .MaxAsync(b => b.Number, ct) ?? 0) + 1;
}
