using Dangjian.Core.Data;
using Dangjian.Core.Identity;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.OrgLife.Entry;

/// <summary>A township leader's account that may be recorded as a meeting's speaker, with why it is offered.</summary>
public sealed record SpeakerAccount(int Id, string Name, string Post);

/// <summary>
/// The township leaders who may be chosen as the speaker of a meeting of an organization: accounts of the township (or
/// county) committee above it that hold the township secretary's role, a liaison scope (联系点) over the organization,
/// or a contact point (包抓/联系点) on it in force on the day. Read by ids and paths, so a branch's own scope (which
/// cannot see the township) still finds its leaders.
/// </summary>
public static class MeetingSpeakers
{
    public const string SecretaryPost = "乡镇党委书记";
    public const string LiaisonPost = "联系领导";

    public static async Task<IReadOnlyList<SpeakerAccount>> LoadAsync(AppDbContext db, Organization org, DateOnly? on, CancellationToken ct = default)
    {
        var above = OrgPaths.Ancestors(org.Path);
        var orgId = org.Id;
        var admins = db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && Roles.Administration.Contains(r.Name!))).Select(ur => ur.UserId);
        var secretaries = db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.TownshipSecretary)).Select(ur => ur.UserId);
        var scoped = db.UserScopes.Where(s => above.Contains(s.OrganizationId)).Select(s => s.UserId);
        var contacts = db.ContactPoints.Where(p => p.OrganizationId == orgId && p.LeaderUserId != null && (on == null || (p.StartedOn <= on && (p.EndedOn == null || p.EndedOn >= on))))
            .Select(p => p.LeaderUserId!.Value);
        var rows = await db.Users.AsNoTracking()
            .Where(u => above.Contains(u.OrganizationId) && !admins.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, Secretary = secretaries.Contains(u.Id), Liaison = scoped.Contains(u.Id) || contacts.Contains(u.Id) })
            .Where(u => u.Secretary || u.Liaison)
            .ToListAsync(ct);
        return rows.OrderByDescending(u => u.Secretary).ThenBy(u => u.Id)
            .Select(u => new SpeakerAccount(u.Id, u.DisplayName, u.Secretary ? SecretaryPost : LiaisonPost)).ToList();
    }
}
