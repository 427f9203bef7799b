using System.Globalization;
using System.Net;
using Dangjian.Core.Audit;
using Dangjian.Core.Demo;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.Loop;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Reports;

/// <summary>The county keeps its report template in the browser: wording, themes, county indicators, preview, concurrency, who may edit.</summary>
public sealed class ReportTemplatePagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Lead = "始终把“四抓两整治”作为抓基层党建的总抓手。";
    private const string Clause = "开展“四抓两整治”专题研讨{{fig:county.sizhua}}";

    private int Year => app.Clock.Today().Year;

    private async Task<CountyReportTemplate> StoredAsync()
    {
        await using var db = app.NewDbContext();
        var county = await db.Organizations.SingleAsync(o => o.ParentId == null);
        return await db.CountyReportTemplates.AsNoTracking().SingleAsync(t => t.OrganizationId == county.Id);
    }

    private async Task<int> TownshipAsync()
    {
        await using var db = app.NewDbContext();
        return (await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName)).Id;
    }

    [Fact]
    public async Task The_county_edits_a_lead_and_adds_an_indicator_and_the_townships_next_draft_uses_both()
    {
        var township = await TownshipAsync();
        var county = await Browser.LoginAsync(app, "county");
        var (_, form) = await county.GetAsync("/Reports/Template/Theme?theme=1");
        var fields = TemplateForms.Fields(form);
        fields["Form.Lead"] = Lead;
        fields["PreviewOrg"] = township.ToString(CultureInfo.InvariantCulture);
        fields["PreviewYear"] = Year.ToString(CultureInfo.InvariantCulture);

        var before = await StoredAsync();
        var preview = await county.PostFormAsync("/Reports/Template/Theme?handler=Preview", new(fields), "/Reports/Template/Theme?theme=1");
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        var previewed = (await Browser.ParseAsync(preview)).QuerySelector("#preview")!.TextContent;
        previewed.ShouldContain($"一是{fields["Form.Theme"]}。{Lead}");
        previewed.ShouldContain("青石镇党委书记");
        (await StoredAsync()).Version.ShouldBe(before.Version, "a preview saves nothing");

        (await county.PostFormAsync("/Reports/Template/Theme", new(fields), "/Reports/Template/Theme?theme=1")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, indicators) = await county.GetAsync("/Reports/Template/Indicators");
        var indicator = TemplateForms.Fields(indicators);
        indicator["Form.Id"] = "county.sizhua";
        indicator["Form.Name"] = "“四抓两整治”专题研讨";
        indicator["Form.Unit"] = "期";
        indicator["Form.Source"] = "work";
        indicator["Form.Kind"] = "Sum";
        indicator["Form.Filter"] = "seminar";
        indicator["Form.Place"] = "1-new";
        indicator["Form.Clause"] = Clause;
        (await county.PostFormAsync("/Reports/Template/Indicators", indicator)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (_, overview) = await county.GetAsync("/Reports/Template");
        var theme = overview.QuerySelector("#theme-1")!.TextContent;
        theme.ShouldContain(Lead);
        theme.ShouldContain("本县修改");
        theme.ShouldContain("开展“四抓两整治”专题研讨〔“四抓两整治”专题研讨（期）〕。");
        overview.QuerySelector("#template-indicators")!.TextContent.ShouldContain("county.sizhua");

        await using (var db = app.NewDbContext())
        {
            var stored = await StoredAsync();
            stored.Version.ShouldBe(before.Version + 2);
            (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(CountyReportTemplate) && e.Action == AuditAction.Update && e.UserName == "county"))
                .ShouldBeGreaterThanOrEqualTo(2);
        }

        decimal seminars;
        await using (var db = app.NewDbContext())
        {
            var path = (await db.Organizations.SingleAsync(o => o.Id == township)).Path;
            seminars = await db.WorkRecords.Where(w => w.Category!.Code == "seminar" && w.HeldOn.Year == Year && w.Organization!.Path.StartsWith(path)).SumAsync(w => w.Quantity);
        }

        seminars.ShouldBeGreaterThan(0, "the demo township holds seminars every year");
        var clerk = await Browser.LoginAsync(app, "clerk");
        (await clerk.PostFormAsync($"/Reports/Compose?org={township}", new() { ["Year"] = Year.ToString(CultureInfo.InvariantCulture) }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, draft) = await clerk.GetAsync($"/Reports/Draft?org={township}&year={Year}");
        var report = draft.QuerySelector("#report")!.TextContent;
        report.ShouldContain(Lead);
        report.ShouldContain($"开展“四抓两整治”专题研讨{seminars:0.##}期。");
        draft.QuerySelector("a.fig[data-indicator='county.sizhua']")!.TextContent.ShouldBe($"{seminars:0.##}期");
    }

    [Fact]
    public async Task An_unknown_indicator_source_kind_or_empty_name_is_refused_in_chinese_and_nothing_is_saved()
    {
        var county = await Browser.LoginAsync(app, "county");
        var before = await StoredAsync();
        var (_, form) = await county.GetAsync("/Reports/Template/Theme?theme=2");
        var fields = TemplateForms.Fields(form);
        fields["Form.Sentences[0].Clauses"] += "\n开展专项行动{{fig:no.such}}";
        var response = await county.PostFormAsync("/Reports/Template/Theme", fields, "/Reports/Template/Theme?theme=2");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var errors = (await Browser.ParseAsync(response)).QuerySelector(".validation-summary-errors")!.TextContent;
        errors.ShouldContain("“{{fig:no.such}}”中的指标编号“no.such”不存在");

        var (_, page) = await county.GetAsync("/Reports/Template/Indicators");
        var indicator = TemplateForms.Fields(page);
        indicator["Form.Id"] = "county.bad";
        indicator["Form.Name"] = " ";
        indicator["Form.Unit"] = "";
        indicator["Form.Source"] = "nosuch";
        response = await county.PostFormAsync("/Reports/Template/Indicators", indicator);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await Browser.ParseAsync(response);
        errors = html.QuerySelector(".validation-summary-errors")!.TextContent;
        errors.ShouldContain("名称不能为空");
        errors.ShouldContain("单位不能为空");
        errors.ShouldContain("未知的数据来源“nosuch”");

        indicator["Form.Name"] = "专题活动";
        indicator["Form.Unit"] = "场次";
        indicator["Form.Source"] = "work";
        indicator["Form.Kind"] = "Median";
        response = await county.PostFormAsync("/Reports/Template/Indicators", indicator);
        (await Browser.ParseAsync(response)).QuerySelector("form.edit")!.TextContent.ShouldContain("未知的统计方式“Median”");

        var after = await StoredAsync();
        after.Version.ShouldBe(before.Version);
        after.Json.ShouldBe(before.Json);
    }

    [Fact]
    public async Task A_save_from_a_stale_version_gets_a_conflict_message_and_keeps_the_other_change()
    {
        var county = await Browser.LoginAsync(app, "county");
        var (_, form) = await county.GetAsync("/Reports/Template/Wording");
        var fields = TemplateForms.Fields(form);
        fields["Form.Opening"] = "根据县委安排，现将本人{year}年度抓基层党建工作情况报告如下：";
        (await county.PostFormAsync("/Reports/Template/Wording", new(fields))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        fields["Form.Opening"] = "晚到的修改";
        var stale = await county.PostFormAsync("/Reports/Template/Wording", new(fields));
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(stale)).QuerySelector(".validation-summary-errors")!.TextContent.ShouldContain("刚被其他人修改过");
        var parts = ReportTemplate.Parse((await StoredAsync()).Json);
        parts.Opening.ShouldBe("根据县委安排，现将本人{year}年度抓基层党建工作情况报告如下：");

        var (_, overview) = await county.GetAsync("/Reports/Template");
        overview.QuerySelector("#wording")!.TextContent.ShouldContain("本县设置");
    }

    [Fact]
    public async Task A_township_reads_the_template_but_cannot_change_it()
    {
        var before = await StoredAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var (status, overview) = await clerk.GetAsync("/Reports/Template");
        status.ShouldBe(HttpStatusCode.OK);
        overview.QuerySelector("#themes").ShouldNotBeNull();
        overview.QuerySelectorAll("a[href^='/Reports/Template/']").ShouldBeEmpty();

        var post = await clerk.PostFormAsync("/Reports/Template/Theme?theme=1", new() { ["Form.Theme"] = "乡镇改的主题", ["Form.Sentences[0].Clauses"] = "党委会议{{fig:meetings.committee}}", ["Version"] = before.Version.ToString(CultureInfo.InvariantCulture) }, "/Account/ChangePassword");
        post.IsDenied().ShouldBeTrue();
        (await clerk.Client.GetAsync(post.Headers.Location)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var secretary = await Browser.LoginAsync(app, "secretary");
        (await secretary.Client.GetAsync("/Reports/Template/Indicators")).IsDenied().ShouldBeTrue();
        (await StoredAsync()).Json.ShouldBe(before.Json);
    }
}
