using System.Text.Json;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Reports;

/// <summary>
/// Stores drafts: composes a new one, saves an edited paragraph (each save a new revision in the history), submits
/// (freezes) a draft, and starts a new draft from a submitted one. Drafts are found through the scoped context.
/// </summary>
public sealed class ReportDrafts(AppDbContext db, TimeProvider clock)
{
    private DateOnly Today => clock.Today();

    public async Task<ReportDraft> ComposeAsync(Organization township, int year, string? plans, string? user, CancellationToken ct = default)
    {
        var composed = await Composer(db, Today).ComposeAsync(new(township, year, plans), ct);
        var draft = new ReportDraft
        {
            OrganizationId = township.Id, Year = year, Title = composed.Title, Plans = plans,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = user,
        };
        var position = 0;
        draft.Paragraphs.AddRange(composed.Paragraphs.Select(p => new ReportParagraph { Section = p.Section, Position = position++, Text = p.Text }));
        var used = composed.Paragraphs.SelectMany(p => FigureTokens.Keys(p.Text)).ToHashSet();
        draft.Figures.AddRange(composed.Figures.Where(f => used.Contains(f.Key)).Select(f => new ReportFigure { IndicatorId = f.Key, Text = f.Value }));
        db.ReportDrafts.Add(draft);
        await db.SaveChangesAsync(ct);
        await RevisionAsync(draft, user, "生成初稿", ct);
        return draft;
    }

    /// <summary>The composer with every problem source of the application (indicator rules, last year's review comments).</summary>
    public static ReportComposer Composer(AppDbContext db, DateOnly today) => new(db, today, [new Reviews.ReviewCommentProblems(db, today)]);

    /// <summary>The latest draft of a township and year (the one being worked on or the last submitted).</summary>
    public Task<ReportDraft?> LatestAsync(int organizationId, int year, CancellationToken ct = default) =>
        db.ReportDrafts.Include(d => d.Paragraphs).Include(d => d.Figures)
            .Where(d => d.OrganizationId == organizationId && d.Year == year).OrderByDescending(d => d.Id).FirstOrDefaultAsync(ct);

    /// <summary>Saves a paragraph's new text; false when the paragraph changed meanwhile (version) — refused when submitted.</summary>
    public async Task<bool> SaveParagraphAsync(ReportDraft draft, int paragraphId, string text, int version, string? user, CancellationToken ct = default)
    {
        EnsureEditable(draft);
        var paragraph = draft.Paragraphs.Single(p => p.Id == paragraphId);
        if (paragraph.Version != version)
        {
            return false;
        }

        paragraph.Text = text.Trim();
        await db.SaveChangesAsync(ct);
        await RevisionAsync(draft, user, $"修改第{paragraph.Position + 1}段", ct);
        return true;
    }

    public async Task SubmitAsync(ReportDraft draft, string? user, CancellationToken ct = default)
    {
        EnsureEditable(draft);
        draft.State = ReportState.Submitted;
        draft.SubmittedAtUtc = clock.GetUtcNow().UtcDateTime;
        draft.SubmittedBy = user;
        // the organization's place in a review of the year not yet published shows this report from now on
        var reviewed = await db.ReviewParticipants
            .Where(p => p.OrganizationId == draft.OrganizationId && p.Plan!.Year == draft.Year && p.Plan.State != Reviews.ReviewPlanState.Published).ToListAsync(ct);
        reviewed.ForEach(p => p.ReportDraftId = draft.Id);
        await db.SaveChangesAsync(ct);
        await RevisionAsync(draft, user, "提交", ct);
    }

    /// <summary>A new editable draft with the submitted draft's text and stored figures.</summary>
    public async Task<ReportDraft> StartFromAsync(ReportDraft submitted, string? user, CancellationToken ct = default)
    {
        var draft = new ReportDraft
        {
            OrganizationId = submitted.OrganizationId, Year = submitted.Year, Title = submitted.Title, Plans = submitted.Plans,
            StartedFromId = submitted.Id, CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = user,
        };
        draft.Paragraphs.AddRange(submitted.Paragraphs.OrderBy(p => p.Position).Select(p => new ReportParagraph { Section = p.Section, Position = p.Position, Text = p.Text }));
        draft.Figures.AddRange(submitted.Figures.Select(f => new ReportFigure { IndicatorId = f.IndicatorId, Text = f.Text }));
        db.ReportDrafts.Add(draft);
        await db.SaveChangesAsync(ct);
        await RevisionAsync(draft, user, $"由已提交稿（第{submitted.Id}号）新建", ct);
        return draft;
    }

    public Task<List<ReportRevision>> HistoryAsync(int organizationId, int year, CancellationToken ct = default) =>
        db.ReportRevisions.AsNoTracking().Where(r => r.Draft!.OrganizationId == organizationId && r.Draft.Year == year)
            .OrderByDescending(r => r.Id).ToListAsync(ct);

    private static void EnsureEditable(ReportDraft draft)
    {
        if (draft.State == ReportState.Submitted)
        {
            throw new InvalidOperationException("已提交的述职报告不能修改，请由它新建一稿。");
        }
    }

    private async Task RevisionAsync(ReportDraft draft, string? user, string note, CancellationToken ct)
    {
        var number = await db.ReportRevisions.CountAsync(r => r.DraftId == draft.Id, ct) + 1;
        var snapshot = JsonSerializer.Serialize(draft.Paragraphs.OrderBy(p => p.Position).Select(p => new { p.Section, p.Position, p.Text }), Indicators.IndicatorCatalog.Json);
        db.ReportRevisions.Add(new ReportRevision { DraftId = draft.Id, Number = number, SavedAtUtc = clock.GetUtcNow().UtcDateTime, SavedBy = user, Note = note, Snapshot = snapshot });
        await db.SaveChangesAsync(ct);
    }
}
