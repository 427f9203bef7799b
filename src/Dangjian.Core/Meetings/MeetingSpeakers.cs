using Dangjian.Core.Data;
using Dangjian.Core.Account;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Meetings;

/// <summary>A township leader's account that may be recorded as a meeting's speaker, with why it is offered.</summary>
public sealed record SpeakerAccount(int Id, string Name, string Post);

/// <summary>
/// The township leaders who may be chosen as the speaker of a meeting of an organization, or as the leader (带队领导) of
/// one of its work records: accounts of the township (or county) committee above it that hold the township secretary's
/// role, a liaison scope (联系点) over the organization, or a contact point (包抓/联系点) on it in force on the day. Read by
/// ids and paths, so a branch's own scope (which cannot see the township) still finds its leaders. The entry forms offer
/// and check these; the ledgers link a typed name to one of them (<see cref="Named"/>).
/// </summary>
public static class MeetingSpeakers
{
    public const string SecretaryPost = "乡镇党委书记";
    public const string LiaisonPost = "联系领导";

    public static async Task<IReadOnlyList<SpeakerAccount>> LoadAsync(AppDbContext db, Organization org, DateOnly? on, CancellationToken ct = default) =>
        (await LoadForAsync(db, [org], on, ct))[org.Id];

    /// <summary>
    /// The leaders of each of the organizations, by organization id, in a fixed number of queries (a ledger's whole
    /// scope at once). With no day, a contact point of any period counts.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<SpeakerAccount>>> LoadForAsync(
        AppDbContext db, IReadOnlyCollection<Organization> orgs, DateOnly? on, CancellationToken ct = default)
    {
        var aboveOf = orgs.DistinctBy(o => o.Id).ToDictionary(o => o.Id, o => OrgPaths.Ancestors(o.Path));
        var above = aboveOf.Values.SelectMany(a => a).Distinct().ToList();
        var orgIds = aboveOf.Keys.ToList();
        var admins = db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && Roles.Administration.Contains(r.Name!))).Select(ur => ur.UserId);
        var secretaries = db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.TownshipSecretary)).Select(ur => ur.UserId);
        var users = await db.Users.AsNoTracking()
            .Where(u => above.Contains(u.OrganizationId) && !admins.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.OrganizationId, Secretary = secretaries.Contains(u.Id) })
            .ToListAsync(ct);
        var userIds = users.Select(u => u.Id).ToList();
        var scopes = await db.UserScopes.AsNoTracking().Where(s => userIds.Contains(s.UserId) && above.Contains(s.OrganizationId))
            .Select(s => new { s.UserId, s.OrganizationId }).ToListAsync(ct);
        var contacts = await db.ContactPoints.AsNoTracking()
            .Where(p => orgIds.Contains(p.OrganizationId) && p.LeaderUserId != null && (on == null || (p.StartedOn <= on && (p.EndedOn == null || p.EndedOn >= on))))
            .Select(p => new { p.OrganizationId, UserId = p.LeaderUserId!.Value }).ToListAsync(ct);
        var result = new Dictionary<int, IReadOnlyList<SpeakerAccount>>();
        foreach (var (orgId, path) in aboveOf)
        {
            result[orgId] = users
                .Where(u => path.Contains(u.OrganizationId))
                .Select(u => new
                {
                    u.Id, u.DisplayName, u.Secretary,
                    Liaison = scopes.Any(s => s.UserId == u.Id && path.Contains(s.OrganizationId)) || contacts.Any(p => p.UserId == u.Id && p.OrganizationId == orgId),
                })
                .Where(u => u.Secretary || u.Liaison)
                .OrderByDescending(u => u.Secretary).ThenBy(u => u.Id)
                .Select(u => new SpeakerAccount(u.Id, u.DisplayName, u.Secretary ? SecretaryPost : LiaisonPost)).ToList();
        }

        return result;
    }

    /// <summary>The one leader whose account's name is the typed name, else null (none, or two of that name).</summary>
    public static SpeakerAccount? Named(IReadOnlyList<SpeakerAccount> leaders, string? name)
    {
        var typed = name?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            return null;
        }

        var named = leaders.Where(l => l.Name.Trim() == typed).ToList();
        return named.Count == 1 ? named[0] : null;
    }
}
