using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>
/// Composes the next draft of a township's report for a year from its records, with the secretary's own words (plans for
/// 三、, problems and causes for 二、, one a line) and the suggested problems she left out. Messages are keyed by the
/// compose form's fields (Year, Plans, Problems, Causes); a township out of scope is "not found".
/// </summary>
public sealed class ReportDraftEntry(AppDbContext db, ReportDrafts drafts) : IOperation
{
    public const int MaxWords = 4000;

    public const string NotATownship = "只有乡镇党委（党工委）有年度述职报告，请从述职报告列表选择乡镇。";

    public sealed record Words(string? Plans, string? Problems, string? Causes, IReadOnlyList<string> Declined);

    public async Task<EntryResult> ComposeAsync(int townshipId, int year, Words words, string? user, CancellationToken ct = default)
    {
        var township = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == townshipId, ct);
        if (township is null)
        {
            return EntryResult.Missing;
        }

        if (township.Level != OrgLevel.TownshipCommittee || year is < 2000 or > 2100)
        {
            return EntryResult.Refused("Year", township.Level == OrgLevel.TownshipCommittee ? "请填写正确的年度" : NotATownship);
        }

        var errors = new Dictionary<string, string>();
        foreach (var (field, text) in new[] { (nameof(Words.Plans), words.Plans), (nameof(Words.Problems), words.Problems), (nameof(Words.Causes), words.Causes) })
        {
            if (text is { Length: > MaxWords })
            {
                errors[field] = $"不能超过{MaxWords}个字。";
            }
        }

        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        var draft = await drafts.ComposeAsync(new ReportInput(township, year, Trim(words.Plans), Trim(words.Problems), Trim(words.Causes), words.Declined), user, ct);
        return EntryResult.Saved(draft.Id);
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
