using Dangjian.Core.Data;
using Dangjian.Core.Guidance;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Building;

/// <summary>A demonstration title as typed on the titles page (strings as posted).</summary>
public sealed record TitleDraft(int? OrganizationId, string? Level, string? Year, string? Title);

/// <summary>
/// Records one demonstration title (示范党支部) an organization was given: the organization is looked up through the scoped
/// context (outside the user's scope it is "not found"), the year is a fact's year, and the same title at the same level in
/// the same year is recorded once. Errors are keyed by <see cref="TitleDraft"/> property names.
/// </summary>
public sealed class TitleEntry(AppDbContext db, TimeProvider clock)
{
    public const int TitleMax = 100;

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
        var title = d.Title?.Trim() ?? "";
        if (title.Length is 0 or > TitleMax)
        {
            errors[nameof(d.Title)] = $"称号必填，{TitleMax}字以内，如“示范党支部”。";
        }

        if (errors.Count == 0 && await db.DemonstrationTitles.AnyAsync(t => t.OrganizationId == org!.Id && t.Year == year && t.Level == level && t.Title == title, ct))
        {
            errors[nameof(d.Title)] = $"{org!.Name}{year}年已登记过{TitleLevels.Of(level)}“{title}”。";
        }

        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        var row = new DemonstrationTitle { OrganizationId = org!.Id, Level = level, Year = year!.Value, Title = title };
        db.DemonstrationTitles.Add(row);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(row.Id);
    }
}
