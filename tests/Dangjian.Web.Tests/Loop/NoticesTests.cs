using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Indicators;
using Dangjian.Core.Loop.Inspections;
using Dangjian.Core.Organizations;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Loop;

/// <summary>Rectification notices as documents: entered for a past year, counted in 张 apart from the findings they list.</summary>
public sealed class NoticesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<HttpResponseMessage> PostAsync(Browser browser, string url, IEnumerable<(string, string)> fields)
    {
        var (_, form) = await browser.GetAsync(url);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var pairs = fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)).Append(new("__RequestVerificationToken", token));
        return await browser.Client.PostAsync(url, new FormUrlEncodedContent(pairs));
    }

    [Fact]
    public async Task A_notice_to_two_villages_in_a_past_year_counts_one_zhang_apart_from_findings_and_their_notices()
    {
        Organization township, far;
        List<Organization> villages;
        await using (var db = app.NewDbContext())
        {
            township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
            villages = await db.Organizations.Where(o => o.ParentId == township.Id && o.Sector == OrgSector.Village).OrderBy(o => o.SortOrder).ToListAsync();
            far = await db.Organizations.FirstAsync(o => o.Sector == OrgSector.Village && !o.Path.StartsWith(township.Path));
        }

        var year = app.Clock.Today().Year - 2;
        var clerk = await Browser.LoginAsync(app, "clerk");
        const string url = "/Loop/Notices/Create";
        var refused = await Browser.ParseAsync(await PostAsync(clerk, url, [("Form.Title", ""), ("Form.SentOn", $"{year}-03-15"), ("Form.Items", " ")]));
        Beside.Message(refused, "Form.Title").ShouldStartWith("请填写通知名称");
        Beside.Message(refused, "Form.Items").ShouldStartWith("请填写通知列出的问题");
        refused.QuerySelector("#recipients + .error")!.TextContent.ShouldBe("请勾选接收通知的党组织");
        var outside = await Browser.ParseAsync(await PostAsync(clerk, url,
            [("Form.Title", "整改通知书"), ("Form.SentOn", $"{year}-03-15"), ("Form.Items", "问题一"), ("Form.RecipientIds", S(far.Id))]));
        outside.QuerySelector("#recipients + .error")!.TextContent.ShouldBe("只能向本级以下的党组织下发通知");
        await using (var db = app.NewDbContext())
        {
            (await db.RectificationNotices.CountAsync(n => n.SentOn.Year == year)).ShouldBe(0);
        }

        var saved = await PostAsync(clerk, url, [("Form.Title", "整改通知书"), ("Form.DocumentNumber", "青石党发〔2024〕5号"), ("Form.SentOn", $"{year}-03-15"),
            ("Form.Items", "三会一课记录不全\n党员发展程序材料缺页\n阵地制度未上墙"), ("Form.RecipientIds", S(villages[0].Id)), ("Form.RecipientIds", S(villages[1].Id))]);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Findings of an inspection that year, two sent as 问题提示单 to one village on one day: one more 张 of that kind.
        await using (var db = app.NewDbContext())
        {
            var inspection = new Inspection
            {
                OrganizationId = township.Id, Year = year, Round = 1, Kind = InspectionKind.Special, Title = "专项督查", Inspectors = "镇党建办", StartedOn = new DateOnly(year, 5, 10),
                Findings =
                [
                    new() { OrganizationId = villages[2].Id, Description = "问题甲", NoticeSentOn = new DateOnly(year, 5, 12) },
                    new() { OrganizationId = villages[2].Id, Description = "问题乙", NoticeSentOn = new DateOnly(year, 5, 12) },
                    new() { OrganizationId = villages[3].Id, Description = "问题丙" },
                ],
            };
            db.Inspections.Add(inspection);
            await db.SaveChangesAsync();

            var service = new IndicatorService(db, IndicatorCatalog.Builtin, app.Clock.Today());
            (await service.ComputeAsync("notices.sent", township, year)).Figure!.Text.ShouldBe("1张");
            (await service.ComputeAsync("notices.findings", township, year)).Figure!.Text.ShouldBe("1张");
            (await service.ComputeAsync("inspections.findings", township, year)).Figure!.Text.ShouldBe("3个");
            (await service.ComputeAsync("notices.sent", township, year + 1)).Figure.ShouldBeNull();
            var copies = new IndicatorDefinition { Id = "test.copies", Name = "整改通知份数", Unit = "份", Source = "notices", Kind = IndicatorKind.Count, Field = "recipients" };
            (await new IndicatorService(db, IndicatorCatalog.Builtin.With([copies]), app.Clock.Today()).ComputeAsync("test.copies", township, year)).Figure!.Text.ShouldBe("2份");
            var records = await service.RecordsAsync("notices.sent", township, year);
            records.Single().Label.ShouldContain("整改通知书（青石党发〔2024〕5号），送2个党组织");
        }

        var (_, list) = await clerk.GetAsync($"/Loop/Notices?year={year}");
        list.QuerySelector("#notice-counts")!.TextContent.ShouldBe($"{year}年下发整改通知1张，送达2个党组织次，列出问题和要求3条。");
    }

    [Fact]
    public async Task A_notice_is_corrected_with_its_version_and_a_branch_cannot_open_it()
    {
        int id;
        List<int> recipients;
        await using (var db = app.NewDbContext())
        {
            var notice = await db.RectificationNotices.Include(n => n.Recipients).OrderBy(n => n.Id).FirstAsync();
            (id, recipients) = (notice.Id, notice.Recipients.Select(r => r.OrganizationId).ToList());
        }

        var clerk = await Browser.LoginAsync(app, "clerk");
        var url = $"/Loop/Notices/Edit/{id}";
        var today = app.Clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        IEnumerable<(string, string)> Fields(string version) =>
            new[] { ("Form.Title", "问题提示单"), ("Form.SentOn", today), ("Form.Items", "问题"), ("Form.Version", version), ("Form.RecipientIds", S(recipients[0])) };
        (await Browser.ParseAsync(await PostAsync(clerk, url, Fields("9")))).QuerySelector("#errors")!.TextContent.ShouldContain("刚被其他人修改过");
        (await PostAsync(clerk, url, Fields("0"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.NewDbContext())
        {
            var notice = await db.RectificationNotices.Include(n => n.Recipients).SingleAsync(n => n.Id == id);
            (notice.Title, notice.Version, notice.Recipients.Count).ShouldBe(("问题提示单", 1, 1));
        }

        var branch = await Browser.LoginAsync(app, "branch");
        (await branch.GetAsync(url)).Status.ShouldNotBe(HttpStatusCode.OK);
    }
}
