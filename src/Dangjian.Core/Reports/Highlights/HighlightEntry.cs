using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Reports.Highlights;

/// <summary>
/// Marks a record as a highlight (亮点), changes its words, or unmarks it. The record is found through the scoped sets,
/// so a record of another township is "not found"; the theme must be one of the report template in force for the record's
/// organization. Errors are Chinese, keyed by the draft's field names; nothing is saved on error.
/// </summary>
public sealed class HighlightEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public const int MaxEvent = 100;
    public const int MaxPlace = 40;
    public const int MaxNarrative = 300;

    public Task<Highlight?> FindAsync(HighlightSource source, int recordId, CancellationToken ct = default) =>
        db.Highlights.AsNoTracking().SingleOrDefaultAsync(h => h.Source == source && h.RecordId == recordId, ct);

    /// <summary>The themes of 一、 a highlight of this organization's records may go under: (key, theme).</summary>
    public async Task<IReadOnlyList<(string Key, string Theme)>> ThemesAsync(int organizationId, CancellationToken ct = default)
    {
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organizationId, ct);
        var template = await ReportComposer.TemplateAsync(organization, db, ct);
        return [.. (template.Highlights ?? []).Select(t => (t.KeyOrTheme, t.Theme))];
    }

    public async Task<EntryResult> SaveAsync(HighlightSource source, int recordId, HighlightDraft draft, string? user, CancellationToken ct = default)
    {
        var record = await new HighlightRecords(db).FindAsync(source, recordId, ct);
        if (record is null)
        {
            return EntryResult.Missing;
        }

        var errors = Check(draft, await ThemesAsync(record.OrganizationId, ct));
        var row = await db.Highlights.SingleOrDefaultAsync(h => h.Source == source && h.RecordId == recordId, ct);
        if ((row?.Version ?? 0) != draft.Version)
        {
            errors[nameof(draft.Version)] = row is null ? "这条亮点已被他人取消，请刷新后重新填写。" : "这条亮点已被他人修改，请刷新后再改。";
        }

        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        if (row is null)
        {
            row = new Highlight { Source = source, RecordId = recordId, OrganizationId = record.OrganizationId, ThemeKey = "", Event = "", Narrative = "" };
            db.Highlights.Add(row);
        }

        // the record's organization and day as they are now (a project may have been moved to another branch since it was marked)
        row.OrganizationId = record.OrganizationId;
        row.HappenedOn = record.HappenedOn;
        row.ThemeKey = draft.ThemeKey!.Trim();
        row.Event = Clean(draft.Event)!;
        row.Place = Clean(draft.Place);
        row.Narrative = Clean(draft.Narrative)!;
        row.EnteredAtUtc = clock.GetUtcNow().UtcDateTime;
        row.EnteredBy = user;
        return await SaveChangesAsync(row, ct);
    }

    /// <summary>Unmarks the record; an error when someone changed the highlight meanwhile.</summary>
    public async Task<EntryResult> RemoveAsync(HighlightSource source, int recordId, int version, CancellationToken ct = default)
    {
        if (await new HighlightRecords(db).FindAsync(source, recordId, ct) is null)
        {
            return EntryResult.Missing;
        }

        var row = await db.Highlights.SingleOrDefaultAsync(h => h.Source == source && h.RecordId == recordId, ct);
        if (row is null || row.Version != version)
        {
            return EntryResult.Refused("Version", "这条亮点已被他人修改或取消，请刷新后再操作。");
        }

        db.Highlights.Remove(row);
        return await SaveChangesAsync(row, ct);
    }

    private async Task<EntryResult> SaveChangesAsync(Highlight row, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return EntryResult.Saved(row.Id);
        }
        catch (DbUpdateException)
        {
            // a concurrent save of the same record (version or the unique record index): nothing of this one was saved
            db.ChangeTracker.Clear();
            return EntryResult.Refused("Version", "这条亮点刚被他人保存，请刷新后再改。");
        }
    }

    private static Dictionary<string, string> Check(HighlightDraft draft, IReadOnlyList<(string Key, string Theme)> themes)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(draft.ThemeKey))
        {
            errors[nameof(draft.ThemeKey)] = "请选择这条亮点写入“一、”的哪一段。";
        }
        else if (themes.All(t => t.Key != draft.ThemeKey.Trim()))
        {
            errors[nameof(draft.ThemeKey)] = "所选段落已不在本县的述职报告模板中，请重新选择。";
        }

        Text(errors, nameof(draft.Event), draft.Event, "做了什么", MaxEvent, required: true);
        Text(errors, nameof(draft.Place), draft.Place, "地点", MaxPlace, required: false);
        Text(errors, nameof(draft.Narrative), draft.Narrative, "成效", MaxNarrative, required: true);
        return errors;
    }

    private static void Text(Dictionary<string, string> errors, string field, string? value, string label, int max, bool required)
    {
        var text = Clean(value);
        if (text is null)
        {
            if (required)
            {
                errors[field] = $"请填写{label}。";
            }
        }
        else if (text.Length > max)
        {
            errors[field] = $"{label}不能超过{max}个字。";
        }
        else if (text.Contains('{', StringComparison.Ordinal) || text.Contains('}', StringComparison.Ordinal) || text.Contains('\n', StringComparison.Ordinal))
        {
            errors[field] = $"{label}只写一段话，不能含有换行或花括号。";
        }
    }

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Replace("\r", "", StringComparison.Ordinal).TrimEnd('。', '；', ';', '，', ',');
}
