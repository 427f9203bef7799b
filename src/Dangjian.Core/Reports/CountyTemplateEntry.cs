using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>
/// A county's changed report template: checked (tokens, sources, categories and tags, then a trial compose for one of its
/// townships), previewed as that township's report, or saved under the version the editor started from. Nothing is saved
/// when a check fails or the version is stale; the messages concern the form as a whole ("").
/// </summary>
public sealed class CountyTemplateEntry(AppDbContext db, TimeProvider clock, CountyTemplates templates) : IOperation
{
    public const string Conflict = "保存失败：本县模板刚被其他人修改过。请刷新页面查看最新内容后再修改。";

    /// <summary>The template's problems, each a sentence; the trial compose runs only when the template reads well and a township is given.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(ReportTemplate candidate, Organization? trial, int year, CancellationToken ct = default)
    {
        var categories = (await db.WorkCategories.Select(c => c.Code).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var tags = (await db.RecordTags.Select(t => new { t.Family, t.Code }).ToListAsync(ct)).Select(t => $"{t.Family}:{t.Code}").ToHashSet(StringComparer.Ordinal);
        var errors = ReportTemplateCheck.Errors(candidate, IndicatorService.BuiltinSources.Select(s => s.Name), categories, tags);
        return errors.Count == 0 && trial is not null ? await ReportTemplateCheck.TrialAsync(db, candidate, trial, year, clock.Today(), ct) : errors;
    }

    /// <summary>The township's report for the year as the candidate parts (over the default) would compose it.</summary>
    public Task<ComposedReport> PreviewAsync(ReportTemplate candidate, Organization township, int year, CancellationToken ct = default) =>
        new ReportComposer(db, clock.Today()).ComposeAsync(new ReportInput(township, year), ReportTemplate.Default.With(candidate), ct);

    /// <summary>Checks the candidate parts (trial compose with <paramref name="trial"/>), then stores them if the county's row is still at <paramref name="version"/>.</summary>
    public async Task<EntryResult> SaveAsync(int countyId, ReportTemplate candidate, int version, Organization? trial, int year, CancellationToken ct = default)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == countyId && o.Level == OrgLevel.CountyCommittee, ct))
        {
            return EntryResult.Missing;
        }

        var errors = await CheckAsync(candidate, trial, year, ct);
        if (errors.Count > 0)
        {
            return EntryResult.Refused("", string.Join(" ", errors));
        }

        return await templates.SaveAsync(countyId, candidate, version, ct) is { } id
            ? EntryResult.Saved(id)
            : EntryResult.Refused("", Conflict);
    }
}
