using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;

namespace Dangjian.Core.Cadres.Terms;

/// <summary>What the term form posts (its own field checks done by the form).</summary>
public sealed record ElectionTermDraft(int? OrganizationId, string? Name, DateOnly? ElectedOn);

/// <summary>Records a township's general election (换届): a township in scope, a name not used there before.</summary>
public sealed class ElectionTermEntry(AppDbContext db) : IOperation
{
    public static IQueryable<Organization> Townships(AppDbContext db) =>
        db.Organizations.AsNoTracking().Where(o => o.IsActive && o.Level == OrgLevel.TownshipCommittee);

    /// <summary>The checks that need the database, also shown beside a form the binder already refused.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(ElectionTermDraft d, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (d.OrganizationId is { } id && !await Townships(db).AnyAsync(t => t.Id == id, ct))
        {
            errors[nameof(d.OrganizationId)] = "请选择乡镇";
        }
        else if (d.Name?.Trim() is { Length: > 0 } name && await db.ElectionTerms.AnyAsync(t => t.OrganizationId == d.OrganizationId && t.Name == name, ct))
        {
            errors[nameof(d.Name)] = "该乡镇已有同名届次";
        }

        return errors;
    }

    public async Task<EntryResult> AddAsync(ElectionTermDraft d, CancellationToken ct = default)
    {
        if (await CheckAsync(d, ct) is { Count: > 0 } errors)
        {
            return EntryResult.Refused(errors);
        }

        var term = new ElectionTerm { OrganizationId = d.OrganizationId!.Value, Name = d.Name!.Trim(), ElectedOn = d.ElectedOn!.Value };
        db.ElectionTerms.Add(term);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(term.Id);
    }
}
