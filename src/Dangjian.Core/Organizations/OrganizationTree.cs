using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Organizations;

/// <summary>Changes to the shape of the tree: add, move (with history) and deactivate. Each runs in one transaction.</summary>
public static class OrganizationTree
{
    public static async Task<Organization> AddAsync(AppDbContext db, Organization org, Organization? parent, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        org.ParentId = parent?.Id;
        org.Depth = parent is null ? 0 : parent.Depth + 1;
        db.Organizations.Add(org);
        await db.SaveChangesAsync(ct);
        org.Path = $"{parent?.Path ?? "/"}{org.Id}/";
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return org;
    }

    /// <summary>Why a move is refused, in Chinese, or null when it may go ahead.</summary>
    public static string? CheckMove(Organization org, Organization newParent)
    {
        if (org.ParentId is null)
        {
            return "最上级组织不能移动。";
        }

        if (newParent.Id == org.Id || org.IsAncestorOf(newParent))
        {
            return "不能移动到本组织或其下级组织之下。";
        }

        if (newParent.Id == org.ParentId)
        {
            return "新的上级组织与原上级组织相同。";
        }

        if (!newParent.IsActive)
        {
            return "不能移动到已撤销的组织之下。";
        }

        return newParent.Level == OrgLevel.Branch ? "党支部之下不能再设党组织。" : null;
    }

    public static async Task MoveAsync(AppDbContext db, TimeProvider clock, Organization org, Organization newParent, string reason, string? user, CancellationToken ct = default)
    {
        var problem = CheckMove(org, newParent);
        if (problem is not null)
        {
            throw new InvalidOperationException(problem);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var oldPath = org.Path;
        var newPath = $"{newParent.Path}{org.Id}/";
        var depthDelta = newParent.Depth + 1 - org.Depth;
        db.OrganizationMoves.Add(new OrganizationMove
        {
            OrganizationId = org.Id,
            FromParentId = org.ParentId,
            FromParentName = org.Parent?.Name,
            ToParentId = newParent.Id,
            ToParentName = newParent.Name,
            MovedAtUtc = clock.UtcNow(),
            MovedBy = user,
            Reason = reason,
        });
        org.ParentId = newParent.Id;
        await db.SaveChangesAsync(ct);

        // Rewrite the whole subtree (the organization included) in SQL: no subtree is loaded into memory.
        await db.Organizations.IgnoreQueryFilters()
            .Where(o => o.Path.StartsWith(oldPath))
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Path, o => newPath + o.Path.Substring(oldPath.Length))
                .SetProperty(o => o.Depth, o => o.Depth + depthDelta)
                .SetProperty(o => o.Version, o => o.Version + 1), ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Why deactivation is refused, or null. Organizations are never deleted once they exist.</summary>
    public static async Task<string?> CheckDeactivateAsync(AppDbContext db, Organization org, CancellationToken ct = default)
    {
        if (!org.IsActive)
        {
            return "该组织已撤销。";
        }

        if (org.ParentId is null)
        {
            return "最上级组织不能撤销。";
        }

        var activeChildren = await db.Organizations.CountAsync(o => o.ParentId == org.Id && o.IsActive, ct);
        if (activeChildren > 0)
        {
            return $"该组织下还有{activeChildren}个在用的下级组织，请先移动或撤销它们。";
        }

        var members = await db.Members.CountAsync(m => m.OrganizationId == org.Id, ct);
        return members > 0 ? $"该组织还有{members}名党员，请先办理组织关系转接。" : null;
    }

    public static async Task DeactivateAsync(AppDbContext db, Organization org, DateOnly on, string reason, CancellationToken ct = default)
    {
        var problem = await CheckDeactivateAsync(db, org, ct);
        if (problem is not null)
        {
            throw new InvalidOperationException(problem);
        }

        org.IsActive = false;
        org.DeactivatedOn = on;
        org.DeactivationReason = reason;
        await db.SaveChangesAsync(ct);
    }
}
