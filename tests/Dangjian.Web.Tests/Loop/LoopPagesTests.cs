using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Loop.Inspections;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Loop;

public sealed class LoopPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_random_draw_inspection_records_its_seed_and_candidates_and_re_derives()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var branches = await db.Organizations.Where(o => o.ParentId == township.Id).OrderBy(o => o.SortOrder).Select(o => o.Id).ToListAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var title = $"两随机{Guid.NewGuid():N}";
        var fields = new Dictionary<string, string>
        {
            ["Form.Kind"] = "RandomDraw", ["Form.Title"] = title, ["Form.StartedOn"] = "2026-10-12", ["Form.Round"] = "9",
            ["Form.Inspectors"] = "甲、乙、丙、丁、戊", ["Form.InspectorCount"] = "2", ["Form.TargetCount"] = "3",
        };
        var content = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Concat(branches.Select(b => new KeyValuePair<string, string>("Form.Targets", b.ToString(CultureInfo.InvariantCulture))));
        var (_, form) = await clerk.GetAsync("/Loop/Inspections/Create");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await clerk.Client.PostAsync("/Loop/Inspections/Create", new FormUrlEncodedContent(content.Append(new("__RequestVerificationToken", token))));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var inspection = await db.Inspections.AsNoTracking().Include(i => i.Targets).SingleAsync(i => i.Title == title);
        inspection.DrawSeed.ShouldNotBeNull();
        RandomDraw.SplitIds(inspection.TargetCandidates).ShouldBe(branches);
        RandomDraw.Pick(inspection.DrawSeed!.Value, RandomDraw.SplitNames(inspection.InspectorCandidates), 2).ShouldBe(RandomDraw.SplitNames(inspection.Inspectors));
        inspection.Targets.Select(t => t.OrganizationId).Order().ShouldBe(RandomDraw.Pick(inspection.DrawSeed.Value, branches, 3).Order());
        var (_, details) = await clerk.GetAsync(response.Headers.Location!.ToString());
        details.QuerySelector("#draw")!.TextContent.ShouldContain("结果一致");

        var target = inspection.Targets[0].OrganizationId.ToString(CultureInfo.InvariantCulture);
        var url = $"/Loop/Inspections/Details/{inspection.Id}";
        (await clerk.PostFormAsync($"{url}?handler=Finding", new() { ["Form.OrganizationId"] = target, ["Form.Description"] = "记录不全", ["Form.SendNotice"] = "true", ["Form.Deadline"] = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(8)).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var item = await db.RectificationItems.AsNoTracking().Include(r => r.Finding).SingleAsync(r => r.Finding!.InspectionId == inspection.Id);
        (item.RaisedById, item.Finding!.NoticeSentOn is not null).ShouldBe((township.Id, true));
    }

    [Fact]
    public async Task A_drafted_bulletin_is_edited_issued_with_the_next_number_and_downloads_as_a_gongwen()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var year = app.Clock.Today().Year;
        var next = (await db.Bulletins.Where(b => b.OrganizationId == township.Id && b.Year == year && b.Number != null).MaxAsync(b => b.Number) ?? 0) + 1;
        var clerk = await Browser.LoginAsync(app, "clerk");
        var drafted = await clerk.PostFormAsync($"/Loop/Bulletins?handler=Draft&year={year}", new() { ["DraftMonth"] = app.Clock.Today().Month.ToString(CultureInfo.InvariantCulture) }, "/Loop/Bulletins");
        drafted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edit = drafted.Headers.Location!.ToString();
        var (_, page) = await clerk.GetAsync(edit);
        page.QuerySelector("#issue")!.TextContent.ShouldBe("草稿");
        var text = page.QuerySelector("#Text")!.TextContent;
        text.ShouldContain("一、督查基本情况");
        var version = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var unconfirmed = await clerk.PostFormAsync($"{edit}?handler=Issue", new() { ["Version"] = version, ["Title"] = "关于本月督查情况的通报（修改）", ["Text"] = text }, edit);
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.OK, "印发 without the confirmation does nothing");
        (await Browser.ParseAsync(unconfirmed)).QuerySelector("#Confirm")!.ParentElement!.NextElementSibling!.TextContent.ShouldContain("确认印发");
        var draftId = int.Parse(edit.Split('/')[^1], CultureInfo.InvariantCulture);
        (await db.Bulletins.AsNoTracking().SingleAsync(b => b.Id == draftId)).Number.ShouldBeNull();

        var issued = await clerk.PostFormAsync($"{edit}?handler=Issue", new() { ["Version"] = version, ["Title"] = "关于本月督查情况的通报（修改）", ["Text"] = text + "\n五、其他\n请各支部认真学习。", ["Confirm"] = "true" }, edit);
        issued.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = int.Parse(edit.Split('/')[^1], CultureInfo.InvariantCulture);
        var bulletin = await db.Bulletins.AsNoTracking().SingleAsync(b => b.Id == id);
        bulletin.Number.ShouldBe(next);
        (await clerk.PostFormAsync($"{edit}?handler=Save", new() { ["Version"] = bulletin.Version.ToString(CultureInfo.InvariantCulture), ["Title"] = "x", ["Text"] = "y" }, "/Loop/Bulletins")).IsDenied().ShouldBeTrue();

        var download = await clerk.Client.GetAsync($"/Loop/Bulletins/Download/{id}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var folder = Directory.CreateDirectory(Path.Combine(Environment.GetEnvironmentVariable("DANGJIAN_ARTIFACTS") is { Length: > 0 } a ? a : Path.GetTempPath(), "documents")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, $"bulletin-web-{app.Database.Provider}.docx"), bytes);
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var paragraphs = word.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        paragraphs.ShouldContain("关于本月督查情况的通报（修改）");
        paragraphs.ShouldContain(p => p.StartsWith($"{year}年第{next}期", StringComparison.Ordinal));
        paragraphs.ShouldContain("五、其他");
    }

    [Fact]
    public async Task Talks_are_counted_in_people_and_commitments_show_a_fulfilment_rate()
    {
        var clerk = await Browser.LoginAsync(app, "clerk");
        var (_, before) = await clerk.GetAsync("/Loop/Talks?year=2001");
        before.QuerySelector("#talk-count")!.TextContent.ShouldContain("约谈 0 次 0 人次");
        (await clerk.PostFormAsync("/Loop/Talks", new()
        {
            ["Form.HeldOn"] = "2001-03-05", ["Form.Talker"] = "镇党委书记", ["Form.Targets"] = "张三、李四、王五", ["Form.TargetKind"] = "BranchSecretary", ["Form.Reason"] = "整改超期",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, after) = await clerk.GetAsync("/Loop/Talks?year=2001");
        after.QuerySelector("#talk-count")!.TextContent.ShouldContain("约谈 1 次 3 人次");

        var (_, commitments) = await clerk.GetAsync("/Loop/Commitments");
        commitments.QuerySelector("#rate")!.TextContent.ShouldMatch(@"履诺率 \d+(\.\d)?%");
        var branch = await Browser.LoginAsync(app, "branch");
        (await branch.PostFormAsync("/Loop/Talks", new() { ["Form.HeldOn"] = "2001-03-05", ["Form.Talker"] = "x", ["Form.Targets"] = "y", ["Form.Reason"] = "z" }, "/Account/ChangePassword")).IsDenied().ShouldBeTrue();
    }

    [Fact]
    public async Task A_branch_reports_a_task_done_with_evidence_and_sees_only_its_own_tasks()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var village = await db.Organizations.Where(o => o.ParentId == township.Id && o.Sector == OrgSector.Village).OrderBy(o => o.SortOrder).FirstAsync();
        var branch = await Browser.LoginAsync(app, "branch");
        var (_, list) = await branch.GetAsync("/Loop/Tasks");
        list.QuerySelectorAll("#tasks tbody tr").ShouldAllBe(r => r.Children[2].TextContent == village.Name);
        var open = await db.KeyTaskAssignments.Where(a => a.OrganizationId == village.Id && a.CompletedOn == null).OrderBy(a => a.Id).FirstAsync();
        var url = $"/Loop/Tasks/Report/{open.Id}";
        var noEvidence = await branch.PostFormAsync(url, new() { ["Version"] = open.Version.ToString(CultureInfo.InvariantCulture), ["Completed"] = "true" });
        (await Browser.ParseAsync(noEvidence)).QuerySelector("form.edit")!.TextContent.ShouldContain("完成任务须填写佐证材料");
        (await branch.PostFormAsync(url, new() { ["Version"] = open.Version.ToString(CultureInfo.InvariantCulture), ["Completed"] = "true", ["Evidence"] = "会议记录" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.KeyTaskAssignments.AsNoTracking().SingleAsync(a => a.Id == open.Id)).CompletedOn.ShouldNotBeNull();
    }
}
