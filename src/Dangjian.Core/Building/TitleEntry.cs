using Dangjian.Core.Operations;
using Dangjian.Core.Data;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Core.Building.Honours;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Building;

/// <summary>A demonstration title as posted on the titles page: the title is the id of one of the county's title names.</summary>
public sealed record TitleDraft(int? OrganizationId, string? Level, string? Year, int? TitleNameId);

/// <summary>
/// Records one demonstration title (示范党支部) an organization was given: the organization is looked up through the scoped
/// context (outside the user's scope it is "not found"), the title is one of the county's title names in use (the county's
/// list is visible from its subtree; a name of another county, an honour name or a retired one is refused), the year is a
/// fact's year, and the same title at the same level in the same year is recorded once. Errors are keyed by <see cref="TitleDraft"/> property names.
/// </summary>
public sealed class TitleEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public async Task<EntryResult> AddAsync(TitleDraft d, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var org = d.OrganizationId is { } id ? await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.IsActive, ct) : null;
        if (org is null)
        {
            errors[nameof(d.OrganizationId)] = d.OrganizationId is null ? "请选择党组织。" : "找不到该党组织，或无权为其登记。";
        }

        if (!Enum.TryParse<TitleLevel>(d.Level, out var level) || !Enum.IsDefined(level))
        {
            errors[nameof(d.Level)] = "请选择级别。";
        }

        var year = BuildingYears.Parse(d.Year, "年度", clock.Today(), errors, nameof(d.Year));
        var title = d.TitleNameId is { } nameId
            ? await db.HonourNames.AsNoTracking().FirstOrDefaultAsync(n => n.Id == nameId && n.Target == HonourTarget.Title, ct) : null;
        if (title is null)
        {
            errors[nameof(d.TitleNameId)] = d.TitleNameId is null ? "请选择称号。" : "请选择本县的称号。";
        }
        else if (title.Retired)
        {
            errors[nameof(d.TitleNameId)] = $"称号“{title.Name}”已停用。";
        }

        if (errors.Count == 0 && await db.DemonstrationTitles.AnyAsync(t => t.OrganizationId == org!.Id && t.Year == year && t.Level == level && t.TitleNameId == title!.Id, ct))
        {
            errors[nameof(d.TitleNameId)] = $"{org!.Name}{year}年已登记过{TitleLevels.Of(level)}“{title!.Name}”。";
        }

        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        var row = new DemonstrationTitle { OrganizationId = org!.Id, Level = level, Year = year!.Value, TitleNameId = title!.Id };
        db.DemonstrationTitles.Add(row);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(row.Id);
    }
}
