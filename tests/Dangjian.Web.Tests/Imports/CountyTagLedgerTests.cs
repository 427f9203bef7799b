using Dangjian.Core.Categories;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>
/// The 本县类别 column of the work-record, inspection and meeting ledgers: the county's tag of the right family by full
/// name or code, blank for none, anything else reported in its row and column with the valid names; exported back.
/// </summary>
public sealed class CountyTagLedgerTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A category 专题 of the family with its sub-category 产业 (arranged directly: the pages are tested in CountyCategoryTests).</summary>
    private async Task<(int Parent, int Child)> TagsAsync(RecordFamily family)
    {
        await using var db = app.NewDbContext();
        if (await db.RecordTags.SingleOrDefaultAsync(t => t.Family == family && t.Code == "topic-industry") is { } found)
        {
            return (found.ParentId!.Value, found.Id);
        }

        var county = await db.Organizations.SingleAsync(o => o.ParentId == null);
        var topic = new RecordTag { OrganizationId = county.Id, Family = family, Code = "topic", Name = "专题", Unit = "次" };
        db.RecordTags.Add(topic);
        await db.SaveChangesAsync();
        var industry = new RecordTag { OrganizationId = county.Id, Family = family, ParentId = topic.Id, Code = "topic-industry", Name = "产业", Unit = "次" };
        db.RecordTags.Add(industry);
        await db.SaveChangesAsync();
        return (topic.Id, industry.Id);
    }

    [Fact]
    public async Task Work_records_take_the_countys_work_tag_by_full_name_or_code_and_refuse_another_familys()
    {
        var (topic, industry) = await TagsAsync(RecordFamily.Work);
        await TagsAsync(RecordFamily.Service);
        var (_, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 1;
        string[] headers = ["党组织", "工作类别", "日期", "名称", "本县类别"];
        var browser = await Browser.LoginAsync(app, "clerk");

        var bad = await LedgerPages.CheckAsync(browser, "work-records", await LedgerPages.XlsxAsync(headers,
        [
            [branches[0].Name, "党建调研", $"{year}-03-01", "类别工作：好", "专题"],
            [branches[0].Name, "党建调研", $"{year}-03-02", "类别工作：坏", "扶助学生"],
        ]));
        var problems = LedgerPages.Problems(bad);
        problems.ShouldContain(p => p[0] == "3" && p[1] == "本县类别" && p[2].Contains("扶助学生") && p[2].Contains("专题／产业"));
        problems.ShouldNotContain(p => p[0] == "2");

        var file = await LedgerPages.XlsxAsync(headers,
        [
            [branches[0].Name, "党建调研", $"{year}-03-01", "类别工作：一", "专题／产业"],
            [branches[0].Name, "党建调研", $"{year}-03-02", "类别工作：二", "topic"],
            [branches[0].Name, "党建调研", $"{year}-03-03", "类别工作：三", null],
        ]);
        await LedgerPages.ImportAsync(browser, "work-records", file);
        await using (var db = app.NewDbContext())
        {
            (await db.WorkRecords.Where(w => w.Title.StartsWith("类别工作")).OrderBy(w => w.HeldOn).Select(w => w.TagId).ToListAsync()).ShouldBe([industry, topic, null]);
        }

        // The tag is not part of what makes a row the same record: the same rows with another tag are recognised, not added again.
        var retagged = await LedgerPages.CheckAsync(browser, "work-records", await LedgerPages.XlsxAsync(headers,
            [[branches[0].Name, "党建调研", $"{year}-03-03", "类别工作：三", "专题"]]));
        retagged.QuerySelector("#preview-summary")!.TextContent.ShouldContain("1 行都已在系统中");
        var exported = LedgerPages.Rows(await LedgerPages.ExportAsync(browser, "work-records", year));
        exported[0][^1].ShouldBe("本县类别");
        exported.ShouldContain(r => r.Contains("类别工作：一") && r.Last() == "专题／产业");
    }

    [Fact]
    public async Task Inspections_take_the_countys_inspection_tag_the_same_on_every_row_of_one_inspection()
    {
        var (topic, _) = await TagsAsync(RecordFamily.Inspection);
        var (_, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 1;
        string[] headers = ["督查类型", "督查日期", "督查内容", "督查人员", "被督查党组织", "发现问题", "本县类别"];
        var browser = await Browser.LoginAsync(app, "clerk");

        var bad = await LedgerPages.CheckAsync(browser, "inspections", await LedgerPages.XlsxAsync(headers,
        [
            ["专项督查", $"{year}-05-01", "类别督查：坏", "张三", branches[0].Name, "问题一", "topic"],
            ["专项督查", $"{year}-05-01", "类别督查：坏", "张三", branches[1].Name, "问题二", null],
            ["专项督查", $"{year}-05-02", "类别督查：另一次", "张三", branches[1].Name, null, "不存在的类别"],
        ]));
        var problems = LedgerPages.Problems(bad);
        problems.ShouldContain(p => p[0] == "3" && p[1] == "本县类别" && p[2].Contains("与第2行"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "本县类别" && p[2].Contains("不存在的类别"));

        await LedgerPages.ImportAsync(browser, "inspections", await LedgerPages.XlsxAsync(headers,
        [
            ["专项督查", $"{year}-05-01", "类别督查：好", "张三", branches[0].Name, "问题一", "topic"],
            ["专项督查", $"{year}-05-01", "类别督查：好", "张三", branches[1].Name, "问题二", "专题"],
        ]));
        await using var db = app.NewDbContext();
        (await db.Inspections.SingleAsync(i => i.Title == "类别督查：好")).TagId.ShouldBe(topic);
        (await db.Inspections.CountAsync(i => i.Title == "类别督查：坏" || i.Title == "类别督查：另一次")).ShouldBe(0);
    }

    [Fact]
    public async Task Meetings_take_the_countys_meeting_tag_and_a_blank_cell_leaves_none()
    {
        var (_, industry) = await TagsAsync(RecordFamily.Meeting);
        var (_, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 1;
        string[] headers = ["党组织", "会议类型", "召开日期", "会议主题", "本县类别"];
        var browser = await Browser.LoginAsync(app, "clerk");

        var bad = await LedgerPages.CheckAsync(browser, "meetings", await LedgerPages.XlsxAsync(headers,
            [[branches[0].Name, "支部党员大会", $"{year}-06-01", "类别会议：坏", "作风督查"]]));
        LedgerPages.Problems(bad).ShouldContain(p => p[0] == "2" && p[1] == "本县类别" && p[2].Contains("作风督查") && p[2].Contains("会议"));

        await LedgerPages.ImportAsync(browser, "meetings", await LedgerPages.XlsxAsync(headers,
        [
            [branches[0].Name, "支部党员大会", $"{year}-06-01", "类别会议：一", "topic-industry"],
            [branches[0].Name, "支部党员大会", $"{year}-06-02", "类别会议：二", null],
        ]));
        await using (var db = app.NewDbContext())
        {
            (await db.Meetings.Where(m => m.Topic.StartsWith("类别会议")).OrderBy(m => m.HeldOn).Select(m => m.TagId).ToListAsync()).ShouldBe([industry, null]);
        }

        var exported = LedgerPages.Rows(await LedgerPages.ExportAsync(browser, "meetings", year));
        exported.ShouldContain(r => r.Contains("类别会议：一") && r.Last() == "专题／产业");
    }
}
