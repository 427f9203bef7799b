using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>The inspection form's target list: empty at first, 全选 / 全不选 without script, 专项 inspects exactly what is ticked.</summary>
public sealed class InspectionTargetsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Page = "/Loop/Inspections/Create";

    private static int Ticked(AngleSharp.Html.Dom.IHtmlDocument html) => html.QuerySelectorAll("input[name='Form.Targets']:checked").Length;

    [Fact]
    public async Task The_list_starts_empty_and_select_all_and_none_re_render_it()
    {
        var clerk = await Browser.LoginAsync(app, "clerk");
        var (_, form) = await clerk.GetAsync(Page);
        var boxes = form.QuerySelectorAll("input[name='Form.Targets']").Length;
        boxes.ShouldBeGreaterThan(2);
        Ticked(form).ShouldBe(0);
        form.QuerySelector("button[formaction$='handler=SelectAll']").ShouldNotBeNull();

        var all = await clerk.PostFormAsync($"{Page}?handler=SelectAll", new() { ["Form.Title"] = "保留的内容", ["Form.Kind"] = "Special" }, Page);
        var allHtml = await Browser.ParseAsync(all);
        Ticked(allHtml).ShouldBe(boxes);
        allHtml.QuerySelector("#Form_Title")!.GetAttribute("value").ShouldBe("保留的内容", "nothing typed is lost");

        var none = await clerk.PostFormAsync($"{Page}?handler=SelectNone", new() { ["Form.Targets"] = "1" }, Page);
        Ticked(await Browser.ParseAsync(none)).ShouldBe(0);
    }

    [Fact]
    public async Task A_special_inspection_inspects_exactly_the_ticked_organizations()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var two = await db.Organizations.Where(o => o.ParentId == township.Id).OrderBy(o => o.SortOrder).Select(o => o.Id).Take(2).ToListAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var title = $"专项{Guid.NewGuid():N}";
        var (_, form) = await clerk.GetAsync(Page);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.Kind", "Special"), new("Form.Title", title), new("Form.StartedOn", "2026-10-12"), new("Form.Round", "1"),
            new("Form.Inspectors", "甲、乙"), new("Form.InspectorCount", ""), new("Form.TargetCount", ""),
            new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
        };
        fields.AddRange(two.Select(id => new KeyValuePair<string, string>("Form.Targets", id.ToString(CultureInfo.InvariantCulture))));

        var response = await clerk.Client.PostAsync(Page, new FormUrlEncodedContent(fields));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var inspection = await db.Inspections.AsNoTracking().Include(i => i.Targets).SingleAsync(i => i.Title == title);
        inspection.Targets.Select(t => t.OrganizationId).Order().ShouldBe(two.Order());
    }
}
