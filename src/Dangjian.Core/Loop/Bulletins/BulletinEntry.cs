using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Loop.Bulletins;

/// <summary>The edited title and text of a draft bulletin, and the version the user edited.</summary>
public sealed record BulletinText(string? Title, string? Text, int Version);

/// <summary>
/// A committee's 督查通报: drafted from a month's inspections and rectification status, edited, then issued (numbered by
/// <see cref="BulletinIssuer"/>, and frozen). Only the drafting organization edits its drafts.
/// </summary>
public sealed class BulletinEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public const string StaleMessage = "该通报已被他人修改，请刷新后重试。";

    public async Task<EntryResult> DraftAsync(int organizationId, int year, int month, CancellationToken ct = default)
    {
        if (year is < 2000 or > 2100 || month is < 1 or > 12)
        {
            return EntryResult.Refused("DraftMonth", "请选择正确的年度和月份");
        }

        var facts = await BulletinFacts.LoadAsync(db, organizationId, year, month, clock.Today(), ct);
        var bulletin = new Bulletin { OrganizationId = organizationId, Year = year, Month = month, Title = BulletinDraft.Title(facts), Text = BulletinDraft.Compose(facts) };
        db.Bulletins.Add(bulletin);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(bulletin.Id);
    }

    public Task<EntryResult> SaveAsync(int id, int organizationId, BulletinText t, CancellationToken ct = default) =>
        ChangeAsync(id, organizationId, t, null, ct);

    /// <param name="confirmed">The user ticked that the text was checked: issuing numbers the bulletin and freezes it.</param>
    /// <param name="issuedOn">印发日期 (a fact date already checked by the form), within the bulletin's year.</param>
    public Task<EntryResult> IssueAsync(int id, int organizationId, BulletinText t, bool confirmed, DateOnly issuedOn, CancellationToken ct = default) =>
        ChangeAsync(id, organizationId, t, (confirmed, issuedOn), ct);

    private async Task<EntryResult> ChangeAsync(int id, int organizationId, BulletinText t, (bool Confirmed, DateOnly On)? issue, CancellationToken ct)
    {
        var bulletin = await db.Bulletins.SingleOrDefaultAsync(b => b.Id == id && b.OrganizationId == organizationId, ct);
        if (bulletin is null)
        {
            return EntryResult.Missing;
        }

        var errors = Check(bulletin, t, issue);
        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        db.Entry(bulletin).Property(b => b.Version).OriginalValue = t.Version;
        (bulletin.Title, bulletin.Text) = (t.Title!.Trim(), t.Text!.Trim());
        string? refusal;
        try
        {
            refusal = issue is { } i ? await BulletinIssuer.IssueAsync(db, bulletin, i.On, ct) : await SaveDraftAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            refusal = StaleMessage;
        }

        return refusal is null ? EntryResult.Saved(bulletin.Id) : EntryResult.Refused("", refusal);
    }

    private async Task<string?> SaveDraftAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static Dictionary<string, string> Check(Bulletin bulletin, BulletinText t, (bool Confirmed, DateOnly On)? issue)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(t.Title) || t.Title.Length > 200)
        {
            errors[nameof(t.Title)] = "请填写标题（200字以内）。";
        }

        if (string.IsNullOrWhiteSpace(t.Text) || t.Text.Length > 20000)
        {
            errors[nameof(t.Text)] = "请填写正文（20000字以内）。";
        }

        if (bulletin.IsIssued)
        {
            errors[""] = "该通报已印发，不能再修改。";
        }
        else if (t.Version != bulletin.Version)
        {
            errors[""] = StaleMessage;
        }

        if (issue is { Confirmed: false })
        {
            errors["Confirm"] = "印发后编号、不能再修改：请先勾选“我已核对，确认印发”。";
        }

        if (issue is { } i && i.On.Year != bulletin.Year)
        {
            errors["IssuedOn"] = $"印发日期应在通报所属的{bulletin.Year}年内。";
        }

        return errors;
    }
}
