using System.Text.Json;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Reports.Template;

namespace Dangjian.Core.Reports;

/// <summary>
/// Stores drafts: composes a new one, saves an edited paragraph (each save a new revision in the history), submits
/// (freezes) a draft, and starts a new draft from a submitted one. Drafts are found through the scoped context.
/// </summary>
public sealed class ReportDrafts(AppDbContext db, TimeProvider clock) : IOperation
{
    private DateOnly Today => clock.Today();

    public Task<ReportDraft> ComposeAsync(Organization township, int year, string? plans, string? user, CancellationToken ct = default) =>
        ComposeAsync(new ReportInput(township, year, plans), user, ct);

    /// <summary>Composes and stores a new draft, the next 第N稿 of the township's year; the secretary's own words and the suggestions she left out are kept with it.</summary>
    public async Task<ReportDraft> ComposeAsync(ReportInput input, string? user, CancellationToken ct = default)
    {
        var composed = await Composer(db, Today).ComposeAsync(input, ct);
        var draft = new ReportDraft
        {
            OrganizationId = input.Organization.Id, Year = input.Year, Title = composed.Title, Plans = input.Plans,
            OwnProblems = input.Problems, OwnCauses = input.Causes,
            DeclinedProblems = input.Declined is { Count: > 0 } d ? string.Join(",", d.Order(StringComparer.Ordinal)) : null,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = user,
        };
        var position = 0;
        draft.Paragraphs.AddRange(composed.Paragraphs.Select(p => new ReportParagraph { Section = p.Section, Position = position++, Text = p.Text }));
        var used = composed.Paragraphs.SelectMany(p => FigureTokens.Keys(p.Text)).ToHashSet();
        draft.Figures.AddRange(composed.Figures.Where(f => used.Contains(f.Key)).Select(f => new ReportFigure { IndicatorId = f.Key, Text = f.Value }));
        var stored = await InTransactionAsync(async () =>
        {
            draft.Number = await NextNumberAsync(input.Organization.Id, input.Year, ct);
            db.ReportDrafts.Add(draft);
            await db.SaveChangesAsync(ct);
            await RevisionAsync(draft, user, "生成初稿", ct);
            return true;
        }, ct);
        // only a failed insert ends here: the township's row, held while numbering, keeps concurrent composes apart
        return stored ? draft : throw new InvalidOperationException("述职报告草稿未能保存，请重试。");
    }

    /// <summary>The composer with every problem source of the application (indicator rules, last year's review comments).</summary>
    public static ReportComposer Composer(AppDbContext db, DateOnly today) => new(db, today, [new Reviews.ReviewCommentProblems(db, today)]);

    /// <summary>The latest draft of a township and year (the one being worked on or the last submitted).</summary>
    public Task<ReportDraft?> LatestAsync(int organizationId, int year, CancellationToken ct = default) =>
        db.ReportDrafts.Include(d => d.Paragraphs).Include(d => d.Figures)
            .Where(d => d.OrganizationId == organizationId && d.Year == year).OrderByDescending(d => d.Id).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Saves a paragraph's new text with its revision, in one transaction; false when the paragraph changed meanwhile
    /// (its version) or the draft was submitted meanwhile — refused outright when already submitted.
    /// </summary>
    public async Task<bool> SaveParagraphAsync(ReportDraft draft, int paragraphId, string text, int version, string? user, CancellationToken ct = default)
    {
        EnsureEditable(draft);
        var paragraph = draft.Paragraphs.Single(p => p.Id == paragraphId);
        if (paragraph.Version != version)
        {
            return false;
        }

        return await InTransactionAsync(async () =>
        {
            if (!await HoldEditableAsync(draft.Id, ct))
            {
                return false;
            }

            paragraph.Text = text.Trim();
            await db.SaveChangesAsync(ct);
            await RevisionAsync(draft, user, $"修改第{paragraph.Position + 1}段", ct);
            return true;
        }, ct);
    }

    /// <summary>Freezes the draft; false when someone else submitted or changed it meanwhile.</summary>
    public async Task<bool> SubmitAsync(ReportDraft draft, string? user, CancellationToken ct = default)
    {
        EnsureEditable(draft);
        return await InTransactionAsync(async () =>
        {
            draft.State = ReportState.Submitted;
            draft.SubmittedAtUtc = clock.GetUtcNow().UtcDateTime;
            draft.SubmittedBy = user;
            // the organization's place in a review of the year not yet published shows this report from now on
            var reviewed = await db.ReviewParticipants
                .Where(p => p.OrganizationId == draft.OrganizationId && p.Plan!.Year == draft.Year && p.Plan.State != Reviews.ReviewPlanState.Published).ToListAsync(ct);
            reviewed.ForEach(p => p.ReportDraftId = draft.Id);
            await db.SaveChangesAsync(ct);
            await RevisionAsync(draft, user, "提交", ct);
            return true;
        }, ct);
    }

    /// <summary>A new editable draft with the submitted draft's text and stored figures; null when one was started from it already.</summary>
    public async Task<ReportDraft?> StartFromAsync(ReportDraft submitted, string? user, CancellationToken ct = default)
    {
        var draft = new ReportDraft
        {
            OrganizationId = submitted.OrganizationId, Year = submitted.Year, Title = submitted.Title, Plans = submitted.Plans,
            OwnProblems = submitted.OwnProblems, OwnCauses = submitted.OwnCauses, DeclinedProblems = submitted.DeclinedProblems,
            StartedFromId = submitted.Id, CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = user,
        };
        draft.Paragraphs.AddRange(submitted.Paragraphs.OrderBy(p => p.Position).Select(p => new ReportParagraph { Section = p.Section, Position = p.Position, Text = p.Text }));
        draft.Figures.AddRange(submitted.Figures.Select(f => new ReportFigure { IndicatorId = f.IndicatorId, Text = f.Text }));
        var started = await InTransactionAsync(async () =>
        {
            // holding the submitted draft's row makes a second start from it wait, then see the first
            if (await LockAsync(db.ReportDrafts.Where(d => d.Id == submitted.Id), ct) == 0 || await db.ReportDrafts.AnyAsync(d => d.StartedFromId == submitted.Id, ct))
            {
                return false;
            }

            draft.Number = await NextNumberAsync(submitted.OrganizationId, submitted.Year, ct);
            db.ReportDrafts.Add(draft);
            await db.SaveChangesAsync(ct);
            await RevisionAsync(draft, user, $"由已提交的第{submitted.Number}稿新建", ct);
            return true;
        }, ct);
        return started ? draft : null;
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

    /// <summary>Locks the draft's row for this transaction while it is still a draft; false when it is not (submitted meanwhile).</summary>
    private async Task<bool> HoldEditableAsync(int draftId, CancellationToken ct) =>
        await LockAsync(db.ReportDrafts.Where(d => d.Id == draftId && d.State == ReportState.Draft), ct) == 1;

    // An update that changes nothing takes the rows' write locks until the transaction ends (SQLite locks the whole file anyway).
    private static Task<int> LockAsync(IQueryable<ReportDraft> drafts, CancellationToken ct) =>
        drafts.ExecuteUpdateAsync(s => s.SetProperty(d => d.Version, d => d.Version), ct);

    /// <summary>
    /// Runs one operation in one transaction. A lost race answers false, never an exception: the paragraph's or draft's
    /// version moved on (DbUpdateConcurrencyException) or another save took the revision number (unique index).
    /// </summary>
    private async Task<bool> InTransactionAsync(Func<Task<bool>> operation, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await operation(); // part of a larger unit (the demo seeder): its owner commits or rolls back
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (!await operation())
            {
                await tx.RollbackAsync(ct);
                return false;
            }

            await tx.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.Entries.Any(x => x.Entity is ReportRevision))
        {
            await tx.RollbackAsync(CancellationToken.None);
            return false;
        }
    }

    // 第N稿 counts a township's drafts of one year: MAX+1 while holding the township's row, so two drafts composed at once
    // wait for each other instead of taking the same number (the unique index is the backstop).
    private async Task<int> NextNumberAsync(int organizationId, int year, CancellationToken ct)
    {
        await db.Organizations.Where(o => o.Id == organizationId).ExecuteUpdateAsync(s => s.SetProperty(o => o.Version, o => o.Version), ct);
        return (await db.ReportDrafts.Where(d => d.OrganizationId == organizationId && d.Year == year).MaxAsync(d => (int?)d.Number, ct) ?? 0) + 1;
    }

    // Numbered MAX+1 inside the operation's transaction, after the draft's row is held; the unique index is the backstop.
    private async Task RevisionAsync(ReportDraft draft, string? user, string note, CancellationToken ct)
    {
        var number = (await db.ReportRevisions.Where(r => r.DraftId == draft.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;
        var paragraphs = await db.ReportParagraphs.AsNoTracking().Where(p => p.DraftId == draft.Id).OrderBy(p => p.Position)
            .Select(p => new { p.Section, p.Position, p.Text }).ToListAsync(ct);
        var snapshot = JsonSerializer.Serialize(paragraphs, Indicators.IndicatorCatalog.Json);
        db.ReportRevisions.Add(new ReportRevision { DraftId = draft.Id, Number = number, SavedAtUtc = clock.GetUtcNow().UtcDateTime, SavedBy = user, Note = note, Snapshot = snapshot });
        await db.SaveChangesAsync(ct);
    }
}
