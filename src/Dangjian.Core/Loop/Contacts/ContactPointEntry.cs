using Dangjian.Core.Operations;
using Dangjian.Core.Time;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;

namespace Dangjian.Core.Loop.Contacts;

/// <summary>What the contact-point form posts: the leader is an account, or a typed name for a leader without one.</summary>
public sealed record ContactPointDraft(int? OrganizationId, int? LeaderUserId, string? LeaderName, int? KindId,
    DateOnly? StartedOn, DateOnly? EndedOn, string? Note, int Version = 0);

/// <summary>
/// Records or corrects a leader's contact point (包抓/联系点). The organization contacted and the leader's account are
/// looked up through the scoped context; the leader's committee must lie above the organization contacted.
/// </summary>
public sealed class ContactPointEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public const int NameMax = 40;
    public const int NoteMax = 400;

    /// <summary>Every check of the form, also shown beside a form the binder already refused.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(ContactPointDraft d, CancellationToken ct = default) => (await CheckedAsync(d, ct)).Errors;

    public async Task<EntryResult> SaveAsync(int? id, ContactPointDraft d, string userName, CancellationToken ct = default)
    {
        ContactPoint? row = null;
        if (id is { } existing && (row = await db.ContactPoints.SingleOrDefaultAsync(c => c.Id == existing, ct)) is null)
        {
            return EntryResult.Missing;
        }

        var (errors, org, leaderName, note) = await CheckedAsync(d, ct);
        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        if (row is null)
        {
            row = new ContactPoint { LeaderName = leaderName!, EnteredAtUtc = clock.UtcNow(), EnteredBy = userName };
            db.ContactPoints.Add(row);
        }
        else
        {
            db.Entry(row).Property(c => c.Version).OriginalValue = d.Version;
        }

        (row.OrganizationId, row.LeaderUserId, row.LeaderName, row.KindId, row.StartedOn, row.EndedOn, row.Note) =
            (org!.Id, d.LeaderUserId, leaderName!, d.KindId!.Value, d.StartedOn!.Value, d.EndedOn, note);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EntryResult.Conflict();
        }

        return EntryResult.Saved(row.Id);
    }

    private async Task<(Dictionary<string, string> Errors, Organization? Org, string? LeaderName, string? Note)> CheckedAsync(ContactPointDraft d, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        Organization? org = null;
        if (d.OrganizationId is not { } orgId || (org = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orgId && o.IsActive, ct)) is null)
        {
            errors[nameof(d.OrganizationId)] = "请选择联系的党组织";
        }

        var (leaderName, note) = Check(d, org, await LeaderAccounts.LoadAsync(db, ct), await VisibleKinds.LoadAsync(db, GuidanceFamily.ContactPoint, ct),
            clock.Today(), errors);
        return (errors, org, leaderName, note);
    }

    /// <summary>
    /// The checks of every field but the organization (looked up by the caller, null when not found), shared with the
    /// contact-point ledger: the leader's name and the note.
    /// </summary>
    public static (string? LeaderName, string? Note) Check(ContactPointDraft d, Organization? org, IReadOnlyList<LeaderAccount> accounts,
        IReadOnlyList<GuidanceKind> kinds, DateOnly today, Dictionary<string, string> errors)
    {
        var leaderName = Leader(d, org, accounts, errors);
        if (kinds.All(k => k.Id != d.KindId))
        {
            errors[nameof(d.KindId)] = "请选择联系点类别";
        }

        EntryChecks.FactDate(errors, nameof(d.StartedOn), d.StartedOn, "联系起始日期", today);
        EntryChecks.EndDate(errors, nameof(d.EndedOn), d.EndedOn, d.StartedOn, "结束日期", "联系起始日期");
        var note = EntryChecks.Text(errors, nameof(d.Note), d.Note, "备注", NoteMax, required: false);
        return (leaderName, note);
    }

    /// <summary>The leader's name: from the chosen account, or typed only when no account of that name can be chosen.</summary>
    private static string? Leader(ContactPointDraft d, Organization? org, IReadOnlyList<LeaderAccount> accounts, Dictionary<string, string> errors)
    {
        if (d.LeaderUserId is { } userId)
        {
            var account = accounts.FirstOrDefault(a => a.Id == userId);
            if (account is null)
            {
                errors[nameof(d.LeaderUserId)] = "请选择联系领导";
            }
            else if (org is not null && !(org.Path.StartsWith(account.OrganizationPath, StringComparison.Ordinal) && org.Id != account.OrganizationId))
            {
                errors[nameof(d.LeaderUserId)] = $"{account.Name}属于{account.OrganizationName}，所联系的党组织应在其下";
            }

            return account?.Name;
        }

        var typed = EntryChecks.Text(errors, nameof(d.LeaderName), d.LeaderName, "联系领导（无账号时填写姓名）", NameMax, required: false);
        if (typed is null)
        {
            errors.TryAdd(nameof(d.LeaderUserId), "请选择联系领导；没有账号的领导请填写姓名");
        }
        else if (accounts.Any(a => a.Name == typed))
        {
            errors[nameof(d.LeaderName)] = $"{typed}已有账号，请在“联系领导”中选择，不要另填姓名";
        }

        return typed;
    }
}
