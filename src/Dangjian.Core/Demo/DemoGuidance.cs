using Dangjian.Core.Data;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Demo;

/// <summary>
/// The detailed township's leaders' contact points (the liaison leader's two villages, one of the secretary's), a few
/// visits and two projects, on fixed past dates so the current year's report does not depend on them.
/// </summary>
public static class DemoGuidance
{
    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<OrgPlan> villages, int secretaryId, string secretaryName,
        int liaisonId, string liaisonName, CancellationToken ct)
    {
        var kinds = await db.GuidanceKinds.Where(k => k.OrganizationId == null).ToListAsync(ct);
        int Kind(GuidanceFamily family, string code) => kinds.Single(k => k.Family == family && k.Code == code).Id;
        var started = new DateOnly(2024, 3, 1);
        var entered = new DateTime(2024, 3, 5, 2, 0, 0, DateTimeKind.Utc);
        ContactPoint Point(OrgPlan village, int leader, string name, string kind) => new()
        {
            OrganizationId = village.Organization.Id, LeaderUserId = leader, LeaderName = name, KindId = Kind(GuidanceFamily.ContactPoint, kind),
            StartedOn = started, EnteredAtUtc = entered, EnteredBy = "clerk",
        };

        var lagging = Point(villages[2], liaisonId, liaisonName, "lagging");
        lagging.Visits.Add(new ContactVisit { VisitedOn = new DateOnly(2025, 4, 18), Kind = VisitKind.Lecture, Activity = "讲授“学习党的创新理论”专题党课", EnteredAtUtc = entered, EnteredBy = "clerk" });
        lagging.Visits.Add(new ContactVisit { VisitedOn = new DateOnly(2025, 9, 9), Kind = VisitKind.Research, Activity = "调研村集体经济合作社运营情况", EnteredAtUtc = entered, EnteredBy = "clerk" });
        db.ContactPoints.AddRange(lagging, Point(villages[3], liaisonId, liaisonName, "demonstration"), Point(villages[1], secretaryId, secretaryName, "ordinary"));
        db.Projects.AddRange(
            new Project
            {
                OrganizationId = villages[0].Organization.Id, Name = "村级党群服务中心改扩建", KindId = Kind(GuidanceFamily.Project, "venue"),
                StartedOn = new DateOnly(2025, 4, 1), Status = ProjectStatus.Completed, CompletedOn = new DateOnly(2025, 10, 30),
                Outcome = "建成集学习教育、文明实践、志愿服务为一体的党群服务中心", Amount = 35, EnteredAtUtc = entered, EnteredBy = "clerk",
            },
            new Project
            {
                OrganizationId = villages[2].Organization.Id, Name = "党支部+合作社光伏发电项目", KindId = Kind(GuidanceFamily.Project, "industry"),
                StartedOn = new DateOnly(2025, 6, 1), Status = ProjectStatus.UnderWay, Amount = 80, EnteredAtUtc = entered, EnteredBy = "clerk",
            });
        await db.SaveChangesAsync(ct);
    }
}
