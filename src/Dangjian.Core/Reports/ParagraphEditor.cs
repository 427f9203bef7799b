using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>
/// Edits one paragraph of a draft as words around figure chips (<see cref="FigureChips"/>): shows it without markers, and
/// saves posted text only when every figure in it is whole and known; otherwise nothing is saved and the refusal is
/// keyed by the field "Text".
/// </summary>
public sealed class ParagraphEditor(AppDbContext db, TimeProvider clock, ReportDrafts drafts) : IOperation
{
    public const string TextField = "Text";
    public const string Conflict = "保存失败：该段落刚被其他人修改过，请刷新后再改。";

    /// <summary>The chips of the figures a paragraph's text names (by token or by chip), with their current values.</summary>
    public async Task<FigureChips> ChipsAsync(ReportDraft draft, Organization township, string? text, CancellationToken ct = default)
    {
        var template = await ReportComposer.TemplateAsync(township, db, ct);
        var catalog = IndicatorCatalog.Builtin.With(template.Indicators ?? []);
        var keys = new FigureChips(catalog, new Dictionary<string, string>()).KeysIn(text ?? "");
        var ids = keys.Select(k => k[4..]).Where(id => catalog.Find(id) is not null).Distinct();
        var computed = await new IndicatorService(db, catalog, clock.Today()).ComputeAsync(ids, township, draft.Year, ct);
        return new FigureChips(catalog, ReportComposer.Figures(computed.ToDictionary(v => v.Definition.Id)));
    }

    /// <summary>Saves the posted words of <paramref name="paragraphId"/> (figures as chips or markers) with a new revision.</summary>
    public async Task<EntryResult> SaveAsync(ReportDraft draft, Organization township, int paragraphId, string? posted, int version, string? user, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(posted) || posted.Length > 4000)
        {
            return Refused("段落不能为空，且不超过4000字。");
        }

        var chips = await ChipsAsync(draft, township, posted, ct);
        var (text, error) = chips.Read(posted.ReplaceLineEndings("").Trim());
        if (text is null)
        {
            return Refused(error!);
        }

        if (text.Length > 4000)
        {
            return Refused("段落不能超过4000字（每个数字按其标记计算）。");
        }

        return await drafts.SaveParagraphAsync(draft, paragraphId, text, version, user, ct) ? EntryResult.Saved(paragraphId) : Refused(Conflict);
    }

    private static EntryResult Refused(string message) => EntryResult.Refused(TextField, message);
}
