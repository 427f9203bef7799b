using System.Globalization;
using System.Net;
using Dangjian.Core.Audit;
using Dangjian.Core.Categories;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.Loop;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Reports;

/// <summary>
/// The county defines its own categories and sub-categories with units, the townships record under them, and county
/// indicators count by them, by organization level and by organization kind.
/// </summary>
public sealed partial class CountyCategoryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private int Year => app.Clock.Today().Year;

    private string Today => app.Clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    private async Task<Organization> TownshipAsync()
    {
        await using var db = app.NewDbContext();
        return await db.Organizations.AsNoTracking().SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
    }

    private async Task<Organization> BranchAsync(OrgSector sector)
    {
        var township = await TownshipAsync();
        await using var db = app.NewDbContext();
        return await db.Organizations.AsNoTracking().Where(o => o.ParentId == township.Id && o.Sector == sector && o.IsActive).OrderBy(o => o.Id).FirstAsync();
    }

    private async Task<RecordTag> TagAsync(RecordFamily family, string code)
    {
        await using var db = app.NewDbContext();
        return await db.RecordTags.AsNoTracking().SingleAsync(t => t.Family == family && t.Code == code);
    }

    private static async Task AddTagAsync(Browser county, RecordFamily family, string code, string name, string unit, int? parent = null)
    {
        var (_, page) = await county.GetAsync($"/Reports/Template/Tag?family={family}");
        var fields = TemplateForms.Fields(page);
        fields["Form.Code"] = code;
        fields["Form.Name"] = name;
        fields["Form.Unit"] = unit;
        fields["Form.ParentId"] = parent is { } p ? S(p) : "";
        var response = await county.PostFormAsync("/Reports/Template/Tag", fields, $"/Reports/Template/Tag?family={family}");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"tag {code}");
    }

    private static async Task AddIndicatorAsync(Browser county, Dictionary<string, string> values)
    {
        var (_, page) = await county.GetAsync("/Reports/Template/Indicators");
        var fields = TemplateForms.Fields(page);
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        var response = await county.PostFormAsync("/Reports/Template/Indicators", fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var errors = (await Browser.ParseAsync(response)).QuerySelector("#errors")?.TextContent;
            throw new InvalidOperationException($"indicator {values["Form.Id"]} refused: {errors}");
        }
    }

    private async Task<string> ComposedReportAsync(int township, int year)
    {
        var clerk = await Browser.LoginAsync(app, "clerk");
        (await clerk.PostFormAsync($"/Reports/Compose?org={township}", new() { ["Year"] = S(year) })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, draft) = await clerk.GetAsync($"/Reports/Draft?org={township}&year={year}");
        return draft.QuerySelector("#report")!.TextContent;
    }

    [Fact]
    public async Task Service_records_under_two_sub_categories_are_counted_apart_and_the_category_counts_both()
    {
        var county = await Browser.LoginAsync(app, "county");
        await AddTagAsync(county, RecordFamily.Service, "help", "帮扶", "件");
        var help = await TagAsync(RecordFamily.Service, "help");
        await AddTagAsync(county, RecordFamily.Service, "help-students", "扶助学生", "件", help.Id);
        await AddTagAsync(county, RecordFamily.Service, "visit-elderly", "慰问老人", "次", help.Id);
        var students = await TagAsync(RecordFamily.Service, "help-students");
        var elderly = await TagAsync(RecordFamily.Service, "visit-elderly");
        students.ParentId.ShouldBe(help.Id);

        var village = await BranchAsync(OrgSector.Village);
        var clerk = await Browser.LoginAsync(app, "clerk");
        (_, var servicePage) = await clerk.GetAsync("/Loop/Service");
        servicePage.QuerySelector("select[name='Form.TagId']")!.TextContent.ShouldContain("帮扶／扶助学生（件）");
        foreach (var (tag, title) in new[] { (students, "为留守儿童捐赠学习用品"), (students, "资助困难学生"), (elderly, "重阳节慰问独居老人") })
        {
            var response = await clerk.PostFormAsync("/Loop/Service", new()
            {
                ["Form.OrganizationId"] = S(village.Id), ["Form.Kind"] = "Deed", ["Form.TagId"] = S(tag.Id), ["Form.HeldOn"] = Today,
                ["Form.Title"] = title, ["Form.People"] = "10",
            });
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, title);
        }

        await using (var db = app.NewDbContext())
        {
            (await db.ServiceRecords.CountAsync(r => r.TagId == students.Id)).ShouldBe(2);
            (await db.ServiceRecords.CountAsync(r => r.TagId == elderly.Id)).ShouldBe(1);
        }

        var (_, list) = await county.GetAsync("/Reports/Template/Categories");
        list.QuerySelector("#tags-service")!.TextContent.ShouldContain("帮扶／慰问老人");
        var (_, started) = await county.GetAsync("/Reports/Template/Indicators?tag=Service:help-students");
        var prefilled = TemplateForms.Fields(started);
        (prefilled["Form.Source"], prefilled["Form.Kind"], prefilled["Form.Tag"], prefilled["Form.Unit"]).ShouldBe(("service", "Count", "help-students", "件"));

        await AddIndicatorAsync(county, new()
        {
            ["Form.Id"] = "county.help-students", ["Form.Name"] = "扶助学生", ["Form.Unit"] = "件", ["Form.Source"] = "service", ["Form.Kind"] = "Count",
            ["Form.Filter"] = "", ["Form.Tag"] = "help-students", ["Form.Place"] = "1-new", ["Form.Clause"] = "开展扶助学生活动{{fig:county.help-students}}",
        });
        await AddIndicatorAsync(county, new()
        {
            ["Form.Id"] = "county.help", ["Form.Name"] = "帮扶", ["Form.Unit"] = "件", ["Form.Source"] = "service", ["Form.Kind"] = "Count",
            ["Form.Filter"] = "", ["Form.Tag"] = "help", ["Form.Place"] = "1-new", ["Form.Clause"] = "办理帮扶实事{{fig:county.help}}",
        });

        var report = await ComposedReportAsync((await TownshipAsync()).Id, Year);
        report.ShouldContain("开展扶助学生活动2件");
        report.ShouldContain("办理帮扶实事3件");
    }

    [Fact]
    public async Task An_indicator_counts_only_the_records_of_the_organization_kind_and_level_it_names()
    {
        var county = await Browser.LoginAsync(app, "county");
        var (_, page) = await county.GetAsync("/Reports/Template/Category");
        var fields = TemplateForms.Fields(page);
        fields["Form.Code"] = "county-camp";
        fields["Form.Name"] = "“红色夏令营”活动";
        fields["Form.Unit"] = "场次";
        (await county.PostFormAsync("/Reports/Template/Category", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        int category;
        await using (var db = app.NewDbContext())
        {
            category = (await db.WorkCategories.SingleAsync(c => c.Code == "county-camp")).Id;
        }

        var township = await TownshipAsync();
        var village = await BranchAsync(OrgSector.Village);
        var community = await BranchAsync(OrgSector.Community);
        var clerk = await Browser.LoginAsync(app, "clerk");
        foreach (var (org, title) in new[] { (village.Id, "村级夏令营一"), (village.Id, "村级夏令营二"), (community.Id, "社区夏令营"), (township.Id, "镇级夏令营") })
        {
            var response = await clerk.PostFormAsync("/WorkRecords/Create", new()
            {
                ["Form.OrganizationId"] = S(org), ["Form.CategoryId"] = S(category), ["Form.HeldOn"] = Today, ["Form.Title"] = title, ["Form.Quantity"] = "1",
            });
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, title);
        }

        var common = new Dictionary<string, string> { ["Form.Unit"] = "场次", ["Form.Source"] = "work", ["Form.Kind"] = "Count", ["Form.Filter"] = "county-camp", ["Form.Place"] = "2-new" };
        await AddIndicatorAsync(county, new(common) { ["Form.Id"] = "county.camp", ["Form.Name"] = "夏令营", ["Form.Clause"] = "全镇举办夏令营{{fig:county.camp}}" });
        await AddIndicatorAsync(county, new(common) { ["Form.Id"] = "county.camp-villages", ["Form.Name"] = "村级夏令营", ["Form.OrgSectors"] = "Village", ["Form.Clause"] = "其中村级{{fig:county.camp-villages}}" });
        await AddIndicatorAsync(county, new(common) { ["Form.Id"] = "county.camp-township", ["Form.Name"] = "镇级夏令营", ["Form.OrgLevels"] = "TownshipCommittee", ["Form.Clause"] = "镇党委本级{{fig:county.camp-township}}" });

        var (_, indicators) = await county.GetAsync("/Reports/Template/Indicators");
        indicators.QuerySelector("#county-indicators")!.TextContent.ShouldContain("类型 村");

        var report = await ComposedReportAsync(township.Id, Year);
        report.ShouldContain("全镇举办夏令营4场次");
        report.ShouldContain("其中村级2场次");
        report.ShouldContain("镇党委本级1场次");
    }

    [Fact]
    public async Task The_seed_reports_figures_are_expressed_with_the_countys_own_categories_and_units()
    {
        const int year = 2016;
        var county = await Browser.LoginAsync(app, "county");
        await AddTagAsync(county, RecordFamily.Meeting, "party-topic", "专题研究党建", "次");
        foreach (var (code, name, unit) in new[] { ("rural-training", "乡村振兴线上线下培训", "场次"), ("thought-seminar", "研讨交流", "场次"), ("study-batch", "考察学习", "批次") })
        {
            var (_, page) = await county.GetAsync("/Reports/Template/Category");
            var fields = TemplateForms.Fields(page);
            fields["Form.Code"] = code;
            fields["Form.Name"] = name;
            fields["Form.Unit"] = unit;
            (await county.PostFormAsync("/Reports/Template/Category", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect, code);
        }

        var township = await TownshipAsync();
        var topic = await TagAsync(RecordFamily.Meeting, "party-topic");
        await using (var db = app.NewDbContext())
        {
            var categories = await db.WorkCategories.Where(c => c.OrganizationId != null).ToDictionaryAsync(c => c.Code, c => c.Id);
            for (var i = 0; i < 4; i++)
            {
                // three sessions on party building and one committee meeting on something else
                db.Meetings.Add(new Core.Meetings.Meeting
                {
                    OrganizationId = township.Id, Kind = Core.Meetings.MeetingKind.TownshipCommitteeMeeting, HeldOn = new DateOnly(year, 3 + i, 10),
                    Topic = i < 3 ? $"专题研究党建工作（第{i + 1}次）" : "研究防汛工作", TagId = i < 3 ? topic.Id : null, EnteredAtUtc = DateTime.UnixEpoch,
                });
            }

            foreach (var (code, n) in new[] { ("rural-training", 8), ("thought-seminar", 6), ("study-batch", 3) })
            {
                for (var i = 0; i < n; i++)
                {
                    db.WorkRecords.Add(new Core.WorkRecords.WorkRecord
                    {
                        OrganizationId = township.Id, CategoryId = categories[code], HeldOn = new DateOnly(year, 1 + i, 5), Title = $"{code} {i + 1}", EnteredAtUtc = DateTime.UnixEpoch,
                    });
                }
            }

            await db.SaveChangesAsync();
        }

        await AddIndicatorAsync(county, new()
        {
            ["Form.Id"] = "county.party-topic", ["Form.Name"] = "党建工作专题会议", ["Form.Unit"] = "次", ["Form.Source"] = "meetings", ["Form.Kind"] = "Count",
            ["Form.Filter"] = "TownshipCommitteeMeeting", ["Form.Tag"] = "party-topic", ["Form.Scope"] = "own", ["Form.Place"] = "3-new",
            ["Form.Clause"] = "党建工作专题会议{{fig:county.party-topic}}",
        });
        foreach (var (code, name, unit) in new[] { ("rural-training", "乡村振兴线上线下培训", "场次"), ("thought-seminar", "研讨交流", "场次"), ("study-batch", "考察学习", "批次") })
        {
            await AddIndicatorAsync(county, new()
            {
                ["Form.Id"] = $"county.{code}", ["Form.Name"] = name, ["Form.Unit"] = unit, ["Form.Source"] = "work", ["Form.Kind"] = "Count", ["Form.Filter"] = code,
                ["Form.Place"] = "3-new", ["Form.Clause"] = $"{name}{{{{fig:county.{code}}}}}",
            });
        }

        var report = await ComposedReportAsync(township.Id, year);
        report.ShouldContain("党建工作专题会议3次");
        report.ShouldContain("乡村振兴线上线下培训8场次");
        report.ShouldContain("研讨交流6场次");
        report.ShouldContain("考察学习3批次");
    }

    [Fact]
    public async Task Inspections_and_work_records_entered_under_a_county_category_are_counted_by_it()
    {
        var county = await Browser.LoginAsync(app, "county");
        await AddTagAsync(county, RecordFamily.Inspection, "conduct", "作风督查", "次");
        await AddTagAsync(county, RecordFamily.Work, "sizhua-work", "四抓两整治", "次");
        var conduct = await TagAsync(RecordFamily.Inspection, "conduct");
        var sizhua = await TagAsync(RecordFamily.Work, "sizhua-work");
        var village = await BranchAsync(OrgSector.Village);
        var clerk = await Browser.LoginAsync(app, "clerk");
        (await clerk.PostFormAsync("/Loop/Inspections/Create", new()
        {
            ["Form.Kind"] = "Special", ["Form.TagId"] = S(conduct.Id), ["Form.Title"] = "干部作风专项督查", ["Form.StartedOn"] = Today, ["Form.Round"] = "1",
            ["Form.Inspectors"] = "张三、李四", ["Form.Targets"] = S(village.Id),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        int research;
        await using (var db = app.NewDbContext())
        {
            research = (await db.WorkCategories.SingleAsync(c => c.Code == "research" && c.OrganizationId == null)).Id;
        }

        (await clerk.PostFormAsync("/WorkRecords/Create", new()
        {
            ["Form.OrganizationId"] = S(village.Id), ["Form.CategoryId"] = S(research), ["Form.TagId"] = S(sizhua.Id), ["Form.HeldOn"] = Today,
            ["Form.Title"] = "“四抓两整治”专题调研", ["Form.Quantity"] = "1",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var wrongFamily = await clerk.PostFormAsync("/WorkRecords/Create", new()
        {
            ["Form.OrganizationId"] = S(village.Id), ["Form.CategoryId"] = S(research), ["Form.TagId"] = S(conduct.Id), ["Form.HeldOn"] = Today,
            ["Form.Title"] = "标错类别的调研", ["Form.Quantity"] = "1",
        });
        wrongFamily.StatusCode.ShouldBe(HttpStatusCode.OK);
        Beside.Message(await Browser.ParseAsync(wrongFamily), "Form.TagId").ShouldBe("请选择本县设置的类别");

        await AddIndicatorAsync(county, new()
        {
            ["Form.Id"] = "county.conduct", ["Form.Name"] = "作风督查", ["Form.Unit"] = "次", ["Form.Source"] = "inspections", ["Form.Kind"] = "Count",
            ["Form.Filter"] = "", ["Form.Tag"] = "conduct", ["Form.Place"] = "4-new", ["Form.Clause"] = "开展作风督查{{fig:county.conduct}}",
        });
        await AddIndicatorAsync(county, new()
        {
            ["Form.Id"] = "county.sizhua-work", ["Form.Name"] = "四抓两整治", ["Form.Unit"] = "次", ["Form.Source"] = "work", ["Form.Kind"] = "Count",
            ["Form.Filter"] = "", ["Form.Tag"] = "sizhua-work", ["Form.Place"] = "4-new", ["Form.Clause"] = "围绕“四抓两整治”开展工作{{fig:county.sizhua-work}}",
        });

        var report = await ComposedReportAsync((await TownshipAsync()).Id, Year);
        report.ShouldContain("开展作风督查1次");
        report.ShouldContain("围绕“四抓两整治”开展工作1次");
        await using (var db = app.NewDbContext())
        {
            (await db.WorkRecords.CountAsync(w => w.Title == "标错类别的调研")).ShouldBe(0);
        }
    }
}
