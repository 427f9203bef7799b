using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Members;

/// <summary>Rules of the member registry that span more than one row: duplicate IDs, transfers, state changes.</summary>
public sealed class MemberRegistry(AppDbContext db, TimeProvider clock)
{
    public const string DuplicateResidentId = "该身份证号已在系统中登记";

    /// <summary>
    /// Whether a blind index is already registered anywhere in the deployment, for any member but
    /// <paramref name="exceptMemberId"/>. A person may be registered once in the whole county, but the user must not
    /// learn by whom or where: this is the one place that deliberately looks past the organization scope
    /// (IgnoreQueryFilters), and it returns only yes/no, never the member.
    /// </summary>
    public Task<bool> IsResidentIdRegisteredAsync(string residentIdIndex, int? exceptMemberId = null, CancellationToken ct = default) =>
        db.Members.IgnoreQueryFilters()
            .AnyAsync(m => m.ResidentIdIndex == residentIdIndex && (exceptMemberId == null || m.Id != exceptMemberId), ct);

    /// <summary>Which of these blind indexes are registered anywhere (deployment-wide, see above); only the indexes come back.</summary>
    public async Task<HashSet<string>> RegisteredResidentIdIndexesAsync(IReadOnlyCollection<string> indexes, CancellationToken ct = default)
    {
        if (indexes.Count == 0)
        {
            return [];
        }

        var found = await db.Members.IgnoreQueryFilters()
            .Where(m => m.ResidentIdIndex != null && indexes.Contains(m.ResidentIdIndex))
            .Select(m => m.ResidentIdIndex!)
            .ToListAsync(ct);
        return found.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Out of the county (转出): the member stays on record with state TransferredOut.</summary>
    public MemberTransfer TransferOut(Member member, Organization from, string toName, DateOnly on, string? note, string by)
    {
        member.State = MemberState.TransferredOut;
        return Record(member, TransferKind.Out, from.Id, from.Name, null, toName, on, note, by);
    }

    /// <summary>Between two organizations of this system (县内转接): the member moves, history keeps both ends.</summary>
    public MemberTransfer TransferWithin(Member member, Organization from, Organization to, DateOnly on, string? note, string by)
    {
        member.OrganizationId = to.Id;
        member.State = MemberState.Active;
        return Record(member, TransferKind.Within, from.Id, from.Name, to.Id, to.Name, on, note, by);
    }

    /// <summary>In from outside (转入): a new or returning member becomes active in <paramref name="to"/>.</summary>
    public MemberTransfer TransferIn(Member member, string fromName, Organization to, DateOnly on, string? note, string by)
    {
        member.OrganizationId = to.Id;
        member.State = MemberState.Active;
        return Record(member, TransferKind.In, null, fromName, to.Id, to.Name, on, note, by);
    }

    private MemberTransfer Record(Member member, TransferKind kind, int? fromId, string fromName, int? toId, string toName,
        DateOnly on, string? note, string by)
    {
        var transfer = new MemberTransfer
        {
            Member = member,
            Kind = kind,
            FromOrganizationId = fromId,
            FromOrganizationName = fromName,
            ToOrganizationId = toId,
            ToOrganizationName = toName,
            TransferredOn = on,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            RecordedAtUtc = clock.UtcNow(),
            RecordedBy = by,
        };
        db.MemberTransfers.Add(transfer);
        return transfer;
    }
}
