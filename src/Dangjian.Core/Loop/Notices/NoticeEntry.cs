using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Loop.Rectification;

namespace Dangjian.Core.Loop.Notices;

/// <summary>What the notice form gives.</summary>
public sealed record NoticeDraft
{
    public string? Title { get; init; }
    public string? DocumentNumber { get; init; }
    public DateOnly? SentOn { get; init; }
    public string? Items { get; init; }
    public IReadOnlyList<int> RecipientIds { get; init; } = [];
    public int Version { get; init; }
}

/// <summary>
/// Checks and stores a rectification notice sent by the user's organization to organizations below it (looked up
/// through the scoped context). Errors are keyed by <see cref="NoticeDraft"/> property names; "" for a stale version.
/// </summary>
public sealed class NoticeEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public const int TitleMax = 40;
    public const int NumberMax = 60;
    public const int ItemsMax = 4000;
    public const string Conflict = "保存失败：该通知刚被其他人修改过。请刷新页面查看最新内容后再修改。";

    /// <summary>The organizations a notice from <paramref name="issuer"/> may go to: active ones below it, in scope.</summary>
    public async Task<IReadOnlyList<Organization>> RecipientsAsync(Organization issuer, CancellationToken ct = default)
    {
        var path = issuer.Path;
        return await db.Organizations.AsNoTracking().Where(o => o.IsActive && o.Id != issuer.Id && o.Path.StartsWith(path))
            .OrderBy(o => o.Path).ToListAsync(ct);
    }

    public async Task<EntryResult> CreateAsync(Organization issuer, NoticeDraft draft, string userName, CancellationToken ct = default)
    {
        var notice = new RectificationNotice { OrganizationId = issuer.Id, Title = "", Items = "", EnteredBy = userName, EnteredAtUtc = clock.UtcNow() };
        var errors = await CheckAsync(issuer, draft, notice, ct);
        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        db.RectificationNotices.Add(notice);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(notice.Id);
    }

    public async Task<EntryResult> UpdateAsync(int id, NoticeDraft draft, CancellationToken ct = default)
    {
        var notice = await db.RectificationNotices.Include(n => n.Recipients).Include(n => n.Organization).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (notice is null)
        {
            return EntryResult.Missing;
        }

        var errors = await CheckAsync(notice.Organization!, draft, notice, ct);
        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        db.Entry(notice).Property(n => n.Version).OriginalValue = draft.Version;
        // The version moves even when only the recipients change (they are rows of their own).
        db.Entry(notice).Property(n => n.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EntryResult.Refused("", Conflict);
        }

        return EntryResult.Saved(notice.Id);
    }

    private async Task<Dictionary<string, string>> CheckAsync(Organization issuer, NoticeDraft d, RectificationNotice notice, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        var title = Clean(d.Title);
        if (title is null)
        {
            errors[nameof(d.Title)] = "请填写通知名称（如“整改通知书”“问题提示单”）";
        }
        else if (title.Length > TitleMax)
        {
            errors[nameof(d.Title)] = $"通知名称不能超过{TitleMax}个字";
        }

        var number = Clean(d.DocumentNumber);
        if (number is { Length: > NumberMax })
        {
            errors[nameof(d.DocumentNumber)] = $"文号不能超过{NumberMax}个字";
        }

        if (d.SentOn is not { } on)
        {
            errors[nameof(d.SentOn)] = "请填写下发日期";
        }
        else if (FactDates.Problem("下发日期", on, clock.Today()) is { } wrong)
        {
            errors[nameof(d.SentOn)] = wrong;
        }

        var items = Clean(d.Items);
        if (items is null)
        {
            errors[nameof(d.Items)] = "请填写通知列出的问题和整改要求（每行一条）";
        }
        else if (items.Length > ItemsMax)
        {
            errors[nameof(d.Items)] = $"问题和整改要求不能超过{ItemsMax}个字";
        }

        var allowed = (await RecipientsAsync(issuer, ct)).Select(o => o.Id).ToHashSet();
        var chosen = d.RecipientIds.Distinct().ToList();
        if (chosen.Count == 0)
        {
            errors[nameof(d.RecipientIds)] = "请勾选接收通知的党组织";
        }
        else if (chosen.Any(id => !allowed.Contains(id)))
        {
            errors[nameof(d.RecipientIds)] = "只能向本级以下的党组织下发通知";
        }

        if (errors.Count == 0)
        {
            (notice.Title, notice.DocumentNumber, notice.SentOn, notice.Items) = (title!, number, d.SentOn!.Value, items!.Replace("\r\n", "\n"));
            notice.Recipients.RemoveAll(r => !chosen.Contains(r.OrganizationId));
            notice.Recipients.AddRange(chosen.Where(id => notice.Recipients.All(r => r.OrganizationId != id))
                .Select(id => new RectificationNoticeRecipient { OrganizationId = id }));
        }

        return errors;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
