using Dangjian.Core.Demo;
using Dangjian.Core.Account;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reviews;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Tests.Security;

/// <summary>The signed-in demo users of every role and, for each, organizations in each relation to their own.</summary>
public sealed class MatrixWorld
{
    public sealed record User(string? Role, Browser Browser, Dictionary<string, int> Organizations, int AccountId);

    public List<User> Users { get; } = [];

    /// <summary>Per kind, user and relation: a record under that organization (outside the user's own for far relations).</summary>
    private readonly Dictionary<(AccessRules.Target, User, string), int> records = [];

    public static async Task<MatrixWorld> BuildAsync(AppFactory app)
    {
        await using var db = app.NewDbContext();
        var orgs = await db.Organizations.AsNoTracking().ToListAsync();
        var county = orgs.Single(o => o.ParentId == null);
        var township = orgs.Single(o => o.Name == DemoCounty.DetailedTownshipName);
        var otherTownship = orgs.First(o => o.Level == OrgLevel.TownshipCommittee && o.Id != township.Id);
        var villages = orgs.Where(o => o.ParentId == township.Id && o.Sector == OrgSector.Village).OrderBy(o => o.SortOrder).ToList();
        var farVillage = orgs.First(o => o.ParentId == otherTownship.Id && o.Sector == OrgSector.Village);
        var clerkId = (await db.Users.SingleAsync(u => u.UserName == "clerk")).Id;
        await ReviewsBelowAsync(app, db, township, otherTownship);
        await GuidanceRecordsAsync(db, [villages[0], villages[2], farVillage]);

        Dictionary<string, int> Relations(int own, int? child, int? sibling, int? parent, int unrelated)
        {
            var map = new Dictionary<string, int> { ["own"] = own, ["unrelated"] = unrelated };
            if (child is { } c) map["child"] = c;
            if (sibling is { } s) map["sibling"] = s;
            if (parent is { } p) map["parent"] = p;
            return map;
        }

        var townshipView = Relations(township.Id, villages[0].Id, otherTownship.Id, county.Id, farVillage.Id);
        var world = new MatrixWorld();
        world.Users.Add(new User(null, Browser.For(app), townshipView, clerkId));
        world.Users.Add(new User(Roles.CountyOrgDept, await Browser.LoginAsync(app, "county"), Relations(county.Id, township.Id, null, null, -1), clerkId));
        world.Users.Add(new User(Roles.TownshipSecretary, await Browser.LoginAsync(app, "secretary"), townshipView, clerkId));
        world.Users.Add(new User(Roles.TownshipClerk, await Browser.LoginAsync(app, "clerk"), townshipView, clerkId));
        world.Users.Add(new User(Roles.LiaisonLeader, await Browser.LoginAsync(app, "liaison"),
            Relations(villages[2].Id, null, villages[5].Id, township.Id, farVillage.Id), clerkId));
        world.Users.Add(new User(Roles.BranchSecretary, await Browser.LoginAsync(app, "branch"),
            Relations(villages[0].Id, null, villages[1].Id, township.Id, farVillage.Id), clerkId));
        foreach (var (role, user) in new[] { (Roles.SysAdmin, "sysadmin"), (Roles.SecAdmin, "secadmin"), (Roles.Auditor, "auditor") })
        {
            world.Users.Add(new User(role, await Browser.LoginAdminAsync(app, user), Relations(county.Id, township.Id, null, null, -1), clerkId));
        }

        var rows = new Dictionary<AccessRules.Target, List<(int Id, string Path)>>
        {
            [AccessRules.Target.Cadre] = (await db.Cadres.AsNoTracking().Select(c => new { c.Id, c.Organization!.Path }).ToListAsync())
                .Select(c => (c.Id, c.Path)).ToList(),
            [AccessRules.Target.Member] = (await db.Members.AsNoTracking().Select(m => new { m.Id, m.Organization!.Path }).ToListAsync())
                .Select(m => (m.Id, m.Path)).ToList(),
            [AccessRules.Target.DevelopmentCase] = (await db.DevelopmentCases.AsNoTracking().Select(c => new { c.Id, c.Organization!.Path }).ToListAsync())
                .Select(c => (c.Id, c.Path)).ToList(),
            [AccessRules.Target.WeakOrganization] = (await db.WeakOrganizations.AsNoTracking().Select(w => new { w.Id, w.Organization!.Path }).ToListAsync())
                .Select(w => (w.Id, w.Path)).ToList(),
            [AccessRules.Target.TaskAssignment] = (await db.KeyTaskAssignments.AsNoTracking().Select(a => new { a.Id, a.Organization!.Path }).ToListAsync())
                .Select(a => (a.Id, a.Path)).ToList(),
            [AccessRules.Target.Inspection] = (await db.Inspections.AsNoTracking().Select(i => new { i.Id, i.Organization!.Path }).ToListAsync())
                .Select(i => (i.Id, i.Path)).ToList(),
            [AccessRules.Target.RectificationItem] = (await db.RectificationItems.AsNoTracking().Select(r => new { r.Id, r.Organization!.Path }).ToListAsync())
                .Select(r => (r.Id, r.Path)).ToList(),
            [AccessRules.Target.Bulletin] = (await db.Bulletins.AsNoTracking().Select(b => new { b.Id, b.Organization!.Path }).ToListAsync())
                .Select(b => (b.Id, b.Path)).ToList(),
            [AccessRules.Target.Meeting] = (await db.Meetings.AsNoTracking().Select(m => new { m.Id, m.Organization!.Path }).ToListAsync())
                .Select(m => (m.Id, m.Path)).ToList(),
            [AccessRules.Target.Assignment] = (await db.Assignments.AsNoTracking().Select(a => new { a.Id, a.Organization!.Path }).ToListAsync())
                .Select(a => (a.Id, a.Path)).ToList(),
            [AccessRules.Target.ContactPoint] = (await db.ContactPoints.AsNoTracking().Select(c => new { c.Id, c.Organization!.Path }).ToListAsync())
                .Select(c => (c.Id, c.Path)).ToList(),
            [AccessRules.Target.Project] = (await db.Projects.AsNoTracking().Select(p => new { p.Id, p.Organization!.Path }).ToListAsync())
                .Select(p => (p.Id, p.Path)).ToList(),
            [AccessRules.Target.ReviewParticipant] = (await db.ReviewParticipants.AsNoTracking().Select(x => new { x.Id, x.Organization!.Path }).ToListAsync())
                .Select(x => (x.Id, x.Path)).ToList(),
            [AccessRules.Target.Honour] = (await db.Honours.AsNoTracking().Select(h => new { h.Id, h.Organization!.Path }).ToListAsync())
                .Select(h => (h.Id, h.Path)).ToList(),
            [AccessRules.Target.RectificationNotice] = (await db.RectificationNotices.AsNoTracking().Select(n => new { n.Id, n.Organization!.Path }).ToListAsync())
                .Select(n => (n.Id, n.Path)).ToList(),
        };
        var liaisonId = (await db.Users.SingleAsync(u => u.UserName == "liaison")).Id;
        var liaisonPaths = await db.UserScopes.Where(s => s.UserId == liaisonId).Select(s => s.Organization!.Path).ToListAsync();
        var plans = (await db.ReviewPlans.AsNoTracking().Select(p => new { p.Id, p.Organization!.Path }).ToListAsync())
            .OrderByDescending(p => p.Path.Length).Select(p => (p.Id, p.Path)).ToList();
        foreach (var user in world.Users)
        {
            var paths = user.Organizations.Where(r => r.Value > 0).ToDictionary(r => r.Key, r => orgs.Single(o => o.Id == r.Value).Path);
            // a far relation's record must lie outside everything the user sees: the liaison leader sees a second village
            var seen = user.Role == Roles.LiaisonLeader ? liaisonPaths.Append(paths["own"]).ToList() : [paths["own"]];
            foreach (var (target, candidates) in rows)
            {
                foreach (var (relation, path) in paths)
                {
                    var near = relation is "own" or "child";
                    var found = candidates.FirstOrDefault(c => c.Path.StartsWith(path, StringComparison.Ordinal)
                        && (near || !seen.Any(v => c.Path.StartsWith(v, StringComparison.Ordinal))));
                    if (found.Id > 0)
                    {
                        world.records[(target, user, relation)] = found.Id;
                    }
                }
            }

            // A plan is seen by its reviewer's subtree and by every organization below the reviewer, so a near relation
            // takes any plan visible there, a far one a plan run in that relation's subtree and invisible to the user.
            foreach (var (relation, path) in paths)
            {
                static bool Sees(string org, string reviewer) => org.StartsWith(reviewer, StringComparison.Ordinal) || reviewer.StartsWith(org, StringComparison.Ordinal);
                var near = relation is "own" or "child";
                var found = plans.FirstOrDefault(p => near ? Sees(path, p.Path) : p.Path.StartsWith(path, StringComparison.Ordinal) && !Sees(paths["own"], p.Path));
                if (found.Id > 0)
                {
                    world.records[(AccessRules.Target.ReviewPlan, user, relation)] = found.Id;
                }
            }
        }

        return world;
    }

    /// <summary>
    /// Reviews run by two townships of their branches (the demo has only the county's): one of the user's own township
    /// and one the user must not see. Created once per database.
    /// </summary>
    private static async Task ReviewsBelowAsync(AppFactory app, Core.Data.AppDbContext db, Organization township, Organization otherTownship)
    {
        var service = new ReviewService(db, app.Clock);
        var year = app.Clock.Today().Year;
        foreach (var reviewer in new[] { township, otherTownship })
        {
            if (!await db.ReviewPlans.AnyAsync(p => p.OrganizationId == reviewer.Id))
            {
                await service.CreatePlanAsync(await db.Organizations.SingleAsync(o => o.Id == reviewer.Id), year, "matrix");
            }
        }
    }

    /// <summary>
    /// An assignment, a contact point and a project in each of the given organizations (the demo has none of the latter
    /// two, and assignments only in its detailed township). Created once per database.
    /// </summary>
    private static async Task GuidanceRecordsAsync(Core.Data.AppDbContext db, IReadOnlyList<Organization> places)
    {
        var contactKind = await db.GuidanceKinds.FirstAsync(k => k.Family == Core.Guidance.GuidanceFamily.ContactPoint);
        var projectKind = await db.GuidanceKinds.FirstAsync(k => k.Family == Core.Guidance.GuidanceFamily.Project);
        foreach (var org in places)
        {
            if (!await db.Assignments.AnyAsync(a => a.OrganizationId == org.Id))
            {
                db.Assignments.Add(new Core.Cadres.Assignments.Assignment { OrganizationId = org.Id, PersonName = "矩阵甲", DispatchingUnit = "县直单位", StartedOn = new DateOnly(2024, 3, 1) });
            }

            if (!await db.ContactPoints.AnyAsync(c => c.OrganizationId == org.Id))
            {
                db.ContactPoints.Add(new Core.Loop.Contacts.ContactPoint { OrganizationId = org.Id, LeaderName = "矩阵乙", KindId = contactKind.Id, StartedOn = new DateOnly(2024, 3, 1) });
            }

            if (!await db.Projects.AnyAsync(p => p.OrganizationId == org.Id))
            {
                db.Projects.Add(new Core.Building.Projects.Project { OrganizationId = org.Id, Name = "矩阵项目", KindId = projectKind.Id, StartedOn = new DateOnly(2024, 3, 1) });
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The relations to try for an endpoint: each organization relation, one account, or none ("-").</summary>
    public IEnumerable<(string Relation, int Id)> TargetsFor(User user, AccessRules.Target target) => target switch
    {
        AccessRules.Target.Organization => user.Organizations.Where(r => r.Value > 0).Select(r => (r.Key, r.Value)),
        AccessRules.Target.Account => [("-", user.AccountId)],
        AccessRules.Target.Cadre or AccessRules.Target.Member or AccessRules.Target.DevelopmentCase or AccessRules.Target.WeakOrganization
            or AccessRules.Target.TaskAssignment or AccessRules.Target.Inspection or AccessRules.Target.RectificationItem or AccessRules.Target.Bulletin
            or AccessRules.Target.Meeting or AccessRules.Target.ReviewPlan or AccessRules.Target.ReviewParticipant
            or AccessRules.Target.Honour or AccessRules.Target.RectificationNotice
            or AccessRules.Target.Assignment or AccessRules.Target.ContactPoint or AccessRules.Target.Project =>
            records.Where(r => r.Key.Item1 == target && r.Key.Item2 == user).Select(r => (r.Key.Item3, r.Value)),
        _ => [("-", 0)],
    };

    /// <summary>The POST handler names of a page ("" for the unnamed one), from its page model's OnPost… methods.</summary>
    public static IReadOnlyList<string> PostHandlers(string page)
    {
        var type = typeof(Program).Assembly.GetType($"Dangjian.Web.Pages{page.Replace('/', '.')}Model");
        return type?.GetMethods().Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
            .Select(m => m.Name[6..].Replace("Async", "", StringComparison.Ordinal)).Distinct().ToList() ?? [];
    }

    /// <summary>An antiforgery token valid for this user (from a form every signed-in user can open).</summary>
    public static async Task<Dictionary<string, string>> TokenAsync(User user)
    {
        var (_, html) = await user.Browser.GetAsync(user.Role is null ? "/Account/Login" : "/Account/ChangePassword");
        return new() { ["__RequestVerificationToken"] = html.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")! };
    }

    public static string Url(string pattern, AccessRules.Rule rule, int id)
    {
        var path = "/" + pattern.TrimStart('/').Replace("{id:int}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{handler?}", "", StringComparison.Ordinal).TrimEnd('/');
        return rule.Query.Length > 0 ? $"{path}?{rule.Query}={id}" : path;
    }
}
