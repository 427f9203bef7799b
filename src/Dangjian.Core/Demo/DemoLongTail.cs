using Dangjian.Core.Categories;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Data;
using Dangjian.Core.Reports.Highlights;
using Dangjian.Core.Indicators;
using Dangjian.Core.Loop.Inspections;
using Dangjian.Core.Organizations;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Demo;

/// <summary>
/// The demo county's long tail, as a county and its detailed township would have entered it: the county's own tags
/// (关爱帮扶／扶助学生、慰问老人 for service records, 作风督查 for inspections) on a few of the township's records, two yearly
/// statistics with last year's and this year's values and indicators printing them with the year-on-year change, the
/// township's campaign name and slogan of the year, and four highlights in the township's words. Runs after the review, so
/// last year's submitted report is as it was. No randomness: records are picked by title, date and id.
/// </summary>
internal sealed class DemoLongTail(AppDbContext db, DateOnly today)
{
    public const string Campaign = "四抓两整治";
    public const string Slogan = "基层党建质量提升年";

    /// <summary>The detailed township's 农村居民人均可支配收入 (元) last year and this year.</summary>
    public static readonly (decimal LastYear, decimal ThisYear) Income = (18600, 20150);

    /// <summary>合作社入社农户 (户) of the township's first three villages last year and this year.</summary>
    public static readonly (decimal LastYear, decimal ThisYear)[] Households = [(120, 150), (95, 110), (80, 96)];

    /// <summary>The sentence added at the end of “聚焦先锋引领” that prints the statistics.</summary>
    public static readonly SentenceTemplate StatisticsSentence = new()
    {
        Prefix = "全镇",
        Clauses = ["农村居民人均可支配收入达到{{fig:county.rural-income}}{{cmp:county.rural-income}}", "合作社入社农户{{fig:county.coop-households}}{{cmp:county.coop-households}}"],
    };

    public static readonly IndicatorDefinition[] Indicators =
    [
        new()
        {
            Id = "county.rural-income", Name = "农村居民人均可支配收入", Unit = "元", Source = "statistics", Kind = IndicatorKind.Sum, Filter = "income.rural",
            Scope = "own", Compare = IndicatorComparison.PreviousYear, Definition = "乡镇党委本级填报的农村居民人均可支配收入（统计部门口径）",
        },
        new()
        {
            Id = "county.coop-households", Name = "合作社入社农户", Unit = "户", Source = "statistics", Kind = IndicatorKind.Sum, Filter = "coop.households",
            Compare = IndicatorComparison.PreviousYear, Definition = "各村党组织填报的年末加入村级合作社的农户数合计",
        },
    ];

    public async Task WriteAsync(OrgPlan county, CancellationToken ct)
    {
        var township = (county.Children.FirstOrDefault(t => t.IsDetailed) ?? county.Children.FirstOrDefault())?.Organization;
        if (township is null)
        {
            return;
        }

        var villages = await db.Organizations.Where(o => o.ParentId == township.Id && o.Sector == OrgSector.Village).OrderBy(o => o.Id).ToListAsync(ct);
        await WriteTemplateAsync(county.Organization, ct);
        var tags = await WriteTagsAsync(county.Organization, ct);
        WriteStatistics(county.Organization, township, villages);
        db.Campaigns.AddRange(
            new Campaign { OrganizationId = township.Id, Year = today.Year, Kind = CampaignKind.Campaign, Name = Campaign, Position = 1 },
            new Campaign { OrganizationId = township.Id, Year = today.Year, Kind = CampaignKind.Slogan, Name = Slogan, Position = 1 });
        await TagAndHighlightAsync(township, villages, tags, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The county's wording with the two statistic indicators and the sentence printing them (as the indicator page would save it).</summary>
    private async Task WriteTemplateAsync(Organization county, CancellationToken ct)
    {
        var row = await db.CountyReportTemplates.SingleAsync(t => t.OrganizationId == county.Id, ct);
        var parts = CountyTemplates.Parts(row);
        var themes = (ReportTemplate.Default.Highlights ?? []).ToList();
        var pioneer = themes.FindIndex(t => t.Key == "pioneer");
        themes[pioneer] = themes[pioneer] with { Sentences = [.. themes[pioneer].Sentences, StatisticsSentence] };
        row.Json = CountyTemplates.Serialize(parts with { Highlights = themes, Indicators = [.. parts.Indicators ?? [], .. Indicators] });
        await db.SaveChangesAsync(ct);
    }

    private async Task<Dictionary<string, RecordTag>> WriteTagsAsync(Organization county, CancellationToken ct)
    {
        var care = new RecordTag { OrganizationId = county.Id, Family = RecordFamily.Service, Code = "care", Name = "关爱帮扶", Unit = "件", SortOrder = 1 };
        db.RecordTags.Add(care);
        await db.SaveChangesAsync(ct);
        var tags = new[]
        {
            care,
            new RecordTag { OrganizationId = county.Id, Family = RecordFamily.Service, ParentId = care.Id, Code = "care-students", Name = "扶助学生", Unit = "件", SortOrder = 2 },
            new RecordTag { OrganizationId = county.Id, Family = RecordFamily.Service, ParentId = care.Id, Code = "care-elderly", Name = "慰问老人", Unit = "次", SortOrder = 3 },
            new RecordTag { OrganizationId = county.Id, Family = RecordFamily.Inspection, Code = "work-style", Name = "作风督查", Unit = "次", SortOrder = 4 },
        };
        db.RecordTags.AddRange(tags.Skip(1));
        await db.SaveChangesAsync(ct);
        return tags.ToDictionary(t => t.Code);
    }

    private void WriteStatistics(Organization county, Organization township, List<Organization> villages)
    {
        var income = new YearlyStatistic
        {
            OrganizationId = county.Id, Code = "income.rural", Name = "农村居民人均可支配收入", Unit = "元", Levels = nameof(OrgLevel.TownshipCommittee),
            Definition = "乡镇党委填报本乡镇农村居民人均可支配收入，以县统计局公布数为准", SortOrder = 1,
        };
        var households = new YearlyStatistic
        {
            OrganizationId = county.Id, Code = "coop.households", Name = "合作社入社农户", Unit = "户", Sectors = nameof(OrgSector.Village),
            Definition = "村党组织填报年末加入村级合作社的农户数", SortOrder = 2,
        };
        db.YearlyStatistics.AddRange(income, households);
        Value(income, township.Id, today.Year - 1, Income.LastYear);
        Value(income, township.Id, today.Year, Income.ThisYear);
        for (var i = 0; i < Households.Length && i < villages.Count; i++)
        {
            Value(households, villages[i].Id, today.Year - 1, Households[i].LastYear);
            Value(households, villages[i].Id, today.Year, Households[i].ThisYear);
        }
    }

    /// <summary>
    /// Tags a few of this year's records of the township's villages and marks four records as highlights: the township's
    /// first research visit (at the third village), its first training class, a village's tutoring of left-behind children
    /// (扶助学生) and a village's visit to the elderly (慰问老人). A highlight whose record is missing (early January) is left out.
    /// </summary>
    private async Task TagAndHighlightAsync(Organization township, List<Organization> villages, Dictionary<string, RecordTag> tags, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(today.Year, 1, 1), today);
        var ids = villages.Select(v => v.Id).ToList();
        var entered = today.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        var clerk = $"{township.Name[..^2]}党建办";
        void Mark(HighlightSource source, int id, int org, DateOnly on, string theme, string? place, string what, string result) =>
            db.Highlights.Add(new Highlight
            {
                Source = source, RecordId = id, OrganizationId = org, HappenedOn = on, ThemeKey = theme, Place = place, Event = what, Narrative = result,
                EnteredAtUtc = entered, EnteredBy = clerk,
            });

        var students = await db.ServiceRecords.Where(s => ids.Contains(s.OrganizationId) && s.Kind == ServiceKind.Deed && s.Title == "帮助留守儿童开展课后辅导" && s.HeldOn >= from && s.HeldOn <= to)
            .OrderBy(s => s.HeldOn).ThenBy(s => s.Id).Take(2).ToListAsync(ct);
        students.ForEach(s => s.TagId = tags["care-students"].Id);
        var elderly = await db.ServiceRecords.Where(s => ids.Contains(s.OrganizationId) && s.Kind == ServiceKind.Volunteer && s.Title == "敬老院关爱老人活动" && s.HeldOn >= from && s.HeldOn <= to)
            .OrderBy(s => s.HeldOn).ThenBy(s => s.Id).Take(2).ToListAsync(ct);
        elderly.ForEach(s => s.TagId = tags["care-elderly"].Id);
        var unannounced = await db.Inspections.Where(i => i.OrganizationId == township.Id && i.Kind == InspectionKind.Unannounced).OrderBy(i => i.Id).FirstOrDefaultAsync(ct);
        if (unannounced is not null)
        {
            unannounced.TagId = tags["work-style"].Id;
        }

        var research = await FirstWorkAsync(township.Id, "research", from, to, ct);
        if (research is not null && villages.Count > 2)
        {
            Mark(HighlightSource.WorkRecord, research.Value.Id, township.Id, research.Value.On, "duty", Village(villages[2]),
                "蹲点调研软弱涣散村党组织整顿工作", "帮助村“两委”理清发展思路，推动成立村级劳务合作社1个，带动40余名群众就近务工");
        }

        var training = await FirstWorkAsync(township.Id, "training", from, to, ct);
        if (training is not null && villages.Count > 0)
        {
            Mark(HighlightSource.WorkRecord, training.Value.Id, township.Id, training.Value.On, "education", Village(villages[0]),
                "举办村党组织书记和后备干部现场观摩培训班", "组织学员实地学习党群服务中心建设和“三会一课”台账管理，12个村全部建立规范台账");
        }

        if (students.FirstOrDefault() is { } tutoring)
        {
            Mark(HighlightSource.ServiceRecord, tutoring.Id, tutoring.OrganizationId, tutoring.HeldOn, "pioneer", Village(villages.Single(v => v.Id == tutoring.OrganizationId)),
                "组织党员志愿者为留守儿童开展课后辅导", "结对帮扶留守儿童15名，期末成绩普遍提升");
        }

        if (elderly.FirstOrDefault() is { } visit)
        {
            Mark(HighlightSource.ServiceRecord, visit.Id, visit.OrganizationId, visit.HeldOn, "pioneer", Village(villages.Single(v => v.Id == visit.OrganizationId)),
                "组织党员走访慰问高龄独居老人", "为32户老人检修电路、清扫庭院，解决生活难题9件");
        }
    }

    private async Task<(int Id, DateOnly On)?> FirstWorkAsync(int township, string category, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var row = await db.WorkRecords.Where(w => w.OrganizationId == township && w.Category!.Code == category && w.HeldOn >= from && w.HeldOn <= to)
            .OrderBy(w => w.HeldOn).ThenBy(w => w.Id).Select(w => new { w.Id, w.HeldOn }).FirstOrDefaultAsync(ct);
        return row is null ? null : (row.Id, row.HeldOn);
    }

    /// <summary>"石门村党支部", "石门村党总支" → "石门村" (the place a highlight names).</summary>
    public static string Village(Organization village) => village.Name[..^3];

    private void Value(YearlyStatistic statistic, int organization, int year, decimal value) =>
        db.StatisticValues.Add(new StatisticValue { OrganizationId = organization, Statistic = statistic, Year = year, Value = value });
}
