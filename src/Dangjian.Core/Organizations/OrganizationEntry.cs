using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Organizations;

/// <summary>What the organization form posts (its own field checks done by the form).</summary>
public sealed record OrganizationDraft(string Name, string? ShortName, OrgLevel Level, OrgSector Sector, DateOnly? FoundedOn, string? SecretaryName,
    string? LiaisonLeaderName, DateOnly? CommitteeTermStart, DateOnly? CommitteeTermEnd, int Version = 0)
{
    public void ApplyTo(Organization o)
    {
        (o.Name, o.ShortName, o.Level, o.Sector, o.FoundedOn) = (Name.Trim(), Blank(ShortName), Level, Sector, FoundedOn);
        (o.SecretaryName, o.LiaisonLeaderName) = (Blank(SecretaryName), Blank(LiaisonLeaderName));
        o.CommitteeTermStart = CommitteeTermStart;
        o.CommitteeTermEnd = CommitteeTermEnd ?? (CommitteeTermStart is { } start ? CommitteeTermRule.DefaultEnd(Sector, start) : null);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>
/// Changes to the organization tree from its pages: add under a parent, correct, move (with history) and deactivate, each
/// on an active organization in scope (otherwise "not found"). Errors are keyed by the posted field names.
/// </summary>
public sealed class OrganizationEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public const string Stale = "保存失败：该组织刚被其他人修改过。请刷新页面查看最新内容后再修改。";

    /// <summary>Levels that may stand under a parent of the given level.</summary>
    public static IEnumerable<OrgLevel> LevelsUnder(OrgLevel parent) => parent switch
    {
        OrgLevel.CountyCommittee => [OrgLevel.TownshipCommittee, OrgLevel.PartyCommittee, OrgLevel.GeneralBranch, OrgLevel.Branch],
        OrgLevel.TownshipCommittee or OrgLevel.PartyCommittee => [OrgLevel.PartyCommittee, OrgLevel.GeneralBranch, OrgLevel.Branch],
        OrgLevel.GeneralBranch => [OrgLevel.Branch],
        _ => [],
    };

    /// <summary>The levels an organization may take: those under its parent, or its own at the top.</summary>
    public static IEnumerable<OrgLevel> LevelsFor(Organization org) => org.Parent is { } parent ? LevelsUnder(parent.Level) : [org.Level];

    /// <summary>The level check, also shown beside a form the binder already refused.</summary>
    public static Dictionary<string, string> CheckLevel(IEnumerable<OrgLevel> allowed, OrganizationDraft d) =>
        allowed.Contains(d.Level) ? [] : new() { [nameof(d.Level)] = "该组织类型不能设在当前上级组织之下" };

    /// <summary>A parent that may take new organizations: active, in scope, not a branch.</summary>
    public static Task<Organization?> ParentAsync(AppDbContext db, int id, CancellationToken ct = default) =>
        db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id && o.IsActive && o.Level != OrgLevel.Branch, ct);

    public async Task<EntryResult> CreateAsync(int parentId, OrganizationDraft d, CancellationToken ct = default)
    {
        if (await ParentAsync(db, parentId, ct) is not { } parent)
        {
            return EntryResult.Missing;
        }

        if (CheckLevel(LevelsUnder(parent.Level), d) is { Count: > 0 } errors)
        {
            return EntryResult.Refused(errors);
        }

        var org = new Organization { Name = d.Name };
        d.ApplyTo(org);
        org.SortOrder = await db.Organizations.Where(o => o.ParentId == parent.Id).CountAsync(ct);
        await OrganizationTree.AddAsync(db, org, parent, ct);
        return EntryResult.Saved(org.Id);
    }

    public async Task<EntryResult> UpdateAsync(int id, OrganizationDraft d, CancellationToken ct = default)
    {
        if (await ActiveAsync(id, ct) is not { } org)
        {
            return EntryResult.Missing;
        }

        if (CheckLevel(LevelsFor(org), d) is { Count: > 0 } errors)
        {
            return EntryResult.Refused(errors);
        }

        // Optimistic concurrency: the version the user started from is the one the update must find.
        db.Entry(org).Property(o => o.Version).OriginalValue = d.Version;
        d.ApplyTo(org);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EntryResult.Refused("", Stale);
        }

        return EntryResult.Saved(org.Id);
    }

    /// <summary>The organizations <paramref name="org"/> may move under: active, in scope, not branches, not its own subtree or parent.</summary>
    public static IQueryable<Organization> MoveTargets(AppDbContext db, Organization org) =>
        db.Organizations.AsNoTracking().Where(o => o.IsActive && o.Level != OrgLevel.Branch && o.Id != org.ParentId && !o.Path.StartsWith(org.Path));

    public async Task<EntryResult> MoveAsync(int id, int newParentId, string reason, string? user, CancellationToken ct = default)
    {
        if (await ActiveAsync(id, ct) is not { } org)
        {
            return EntryResult.Missing;
        }

        var target = org.ParentId is null ? null : await MoveTargets(db, org).FirstOrDefaultAsync(o => o.Id == newParentId, ct);
        if ((target is null ? "请选择新的上级组织" : OrganizationTree.CheckMove(org, target)) is { } problem)
        {
            return EntryResult.Refused("NewParentId", problem);
        }

        await OrganizationTree.MoveAsync(db, clock, org, target!, reason.Trim(), user, ct);
        return EntryResult.Saved(org.Id);
    }

    public async Task<EntryResult> DeactivateAsync(int id, DateOnly on, string reason, CancellationToken ct = default)
    {
        if (await db.Organizations.SingleOrDefaultAsync(o => o.Id == id, ct) is not { } org)
        {
            return EntryResult.Missing;
        }

        if (await OrganizationTree.CheckDeactivateAsync(db, org, ct) is { } blocker)
        {
            return EntryResult.Refused("", blocker);
        }

        await OrganizationTree.DeactivateAsync(db, org, on, reason.Trim(), ct);
        return EntryResult.Saved(org.Id);
    }

    private Task<Organization?> ActiveAsync(int id, CancellationToken ct) =>
        db.Organizations.Include(o => o.Parent).SingleOrDefaultAsync(o => o.Id == id && o.IsActive, ct);
}
