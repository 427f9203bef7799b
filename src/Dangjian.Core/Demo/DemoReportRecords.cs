using Dangjian.Core.Data;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.WorkRecords;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Demo;

/// <summary>
/// What the demo townships' duty reports rest on beyond meetings and cadres: work records of the year so far (调研, 宣讲,
/// 培训, 考察学习, 研讨交流, 争取资金…), the secretary's own lectures, and the county's report wording (its campaign name).
/// </summary>
internal sealed class DemoReportRecords(AppDbContext db, Random random, DateOnly today)
{
    public const string CountyWording = """{ "NextStepsLead": "{nextYear}年，{organization}将以“四抓两整治”为抓手，坚持问题导向，重点抓好以下工作：" }""";

    private static readonly (string Code, string Title, int PerYear, int? Participants, decimal Quantity)[] Plan =
    [
        ("research", "到村调研基层党建工作", 8, null, 1),
        ("publicity", "党的创新理论宣讲", 5, 60, 1),
        ("training", "党务工作培训班", 3, 40, 1),
        ("seminar", "解放思想研讨交流", 4, 30, 1),
        ("study-trip", "外出考察学习", 2, 25, 1),
        ("problem-solved", "研究解决基层党建问题", 6, null, 1),
        ("funds", "争取村级阵地建设资金", 2, null, 20),
    ];

    public async Task WriteAsync(OrgPlan county, CancellationToken ct)
    {
        var categories = await db.WorkCategories.Where(c => c.OrganizationId == null).ToDictionaryAsync(c => c.Code, ct);
        db.CountyReportTemplates.Add(new CountyReportTemplate { OrganizationId = county.Organization.Id, Json = CountyWording });
        var start = new DateOnly(today.Year, 1, 1);
        var days = today.DayNumber - start.DayNumber + 1;
        foreach (var township in county.Children.Select(c => c.Organization))
        {
            var clerk = $"{township.Name[..^2]}党建办";
            foreach (var (code, title, perYear, participants, quantity) in Plan)
            {
                var n = Math.Max(1, perYear * days / 365);
                for (var i = 0; i < n; i++)
                {
                    var on = start.AddDays(random.Next(days));
                    db.WorkRecords.Add(new WorkRecord
                    {
                        OrganizationId = township.Id, CategoryId = categories[code].Id, HeldOn = on, Title = title,
                        Quantity = quantity, Participants = participants is { } p ? p + random.Next(20) : null,
                        LedBy = township.SecretaryName, EnteredAtUtc = on.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), EnteredBy = clerk,
                    });
                }
            }

            for (var quarter = 0; quarter * 3 < today.Month; quarter++)
            {
                var on = start.AddMonths(quarter * 3 + 1).AddDays(random.Next(20));
                db.Meetings.Add(new Meeting
                {
                    OrganizationId = township.Id, Kind = MeetingKind.PartyLecture, HeldOn = on, Topic = "书记讲党课：" + DemoTopics.Pick(random, DemoTopics.Lecture),
                    ChairName = township.SecretaryName, SpeakerName = township.SecretaryName, EnteredAtUtc = on.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc), EnteredBy = clerk,
                });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
