using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.OrgLife;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>A sample of forms: an invalid value is refused with its Chinese message beside the field it concerns.</summary>
public sealed class FieldMessageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private DateOnly Today => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(8));

    private async Task<int> VillageAsync()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        return await db.Organizations.Where(o => o.ParentId == township.Id).OrderBy(o => o.SortOrder).Select(o => o.Id).FirstAsync();
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> RefusedAsync(Browser browser, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var response = await browser.PostFormAsync(url, fields, formPage);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "the form is shown again");
        return await Browser.ParseAsync(response);
    }

    [Fact]
    public async Task The_member_form_says_beside_the_birth_date_and_the_name_what_is_wrong()
    {
        var clerk = await Browser.LoginAsync(app, "clerk");
        var url = $"/Members/Create?org={await VillageAsync()}";

        var html = await RefusedAsync(clerk, url, new() { ["Form.Name"] = "", ["Form.BirthDate"] = "abc", ["Form.JoinedOn"] = "2010-07-01" });

        Beside.Message(html, "Form.BirthDate").ShouldContain("“abc”无法识别");
        Garbage.IsChinese(Beside.Message(html, "Form.Name")).ShouldBeTrue();
        Beside.Message(html, "Form.JoinedOn").ShouldBeEmpty();
    }

    [Fact]
    public async Task Meeting_entry_reports_every_missing_absence_reason_beside_its_row()
    {
        var branch = await OrgLifeWorld.OrgOfAsync(app, "branch");
        var members = (await OrgLifeWorld.ActiveMembersAsync(app, branch.Id)).OrderBy(m => m.Id).ToList();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var (_, page) = await clerk.GetAsync($"/Meetings/Create?org={branch.Id}&kind=GroupMeeting");
        var fields = OrgLifeWorld.Fields(page);
        fields["Form.Topic"] = "两人缺原因";
        var (absent, leave) = (OrgLifeWorld.RowOf(page, members[0].Id), OrgLifeWorld.RowOf(page, members[1].Id));
        fields[$"Form.Rows[{absent}].Status"] = "Absent";
        fields[$"Form.Rows[{leave}].Status"] = "OnLeave";

        var response = await clerk.Client.PostAsync("/Meetings/Create", new FormUrlEncodedContent(fields));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await Browser.ParseAsync(response);
        Beside.Message(html, $"Form.Rows[{absent}].Reason").ShouldBe($"{members[0].Name}缺席，请填写原因");
        Beside.Message(html, $"Form.Rows[{leave}].Reason").ShouldBe($"{members[1].Name}请假，请填写原因");
        html.QuerySelectorAll("#attendance .error").Count(e => e.TextContent.Trim().Length > 0).ShouldBe(2);
    }

    [Fact]
    public async Task The_key_task_list_says_beside_the_items_which_line_it_cannot_read()
    {
        var clerk = await Browser.LoginAsync(app, "clerk");

        var html = await RefusedAsync(clerk, "/Loop/Tasks/Create", new() { ["Form.Year"] = "abc", ["Form.Title"] = "清单", ["Form.Items"] = "召开组织生活会" });

        Beside.Message(html, "Form.Items").ShouldContain("无法识别“召开组织生活会”");
        Beside.Message(html, "Form.Year").ShouldContain("无法识别");
    }

    [Fact]
    public async Task A_random_draw_with_empty_counts_is_refused_beside_the_count_boxes()
    {
        var clerk = await Browser.LoginAsync(app, "clerk");
        var village = (await VillageAsync()).ToString(CultureInfo.InvariantCulture);

        var html = await RefusedAsync(clerk, "/Loop/Inspections/Create", new()
        {
            ["Form.Kind"] = "RandomDraw", ["Form.Title"] = "两随机", ["Form.StartedOn"] = Today.ToString("yyyy-MM-dd"), ["Form.Round"] = "1",
            ["Form.Inspectors"] = "甲、乙", ["Form.InspectorCount"] = "", ["Form.TargetCount"] = "", ["Form.Targets"] = village,
        });

        Beside.Message(html, "Form.InspectorCount").ShouldBe("“两随机”请填写抽取督查人员数");
        Beside.Message(html, "Form.TargetCount").ShouldBe("“两随机”请填写抽取督查对象数");
    }

    [Fact]
    public async Task A_rectification_deadline_before_the_raised_date_is_refused_beside_the_deadline()
    {
        var clerk = await Browser.LoginAsync(app, "clerk");
        var problem = $"时限早于交办{Guid.NewGuid():N}";

        var html = await RefusedAsync(clerk, "/Loop/Rectification/Create", new()
        {
            ["Form.OrganizationId"] = (await VillageAsync()).ToString(CultureInfo.InvariantCulture), ["Form.Source"] = "Inspection",
            ["Form.Problem"] = problem, ["Form.Deadline"] = Today.AddDays(-1).ToString("yyyy-MM-dd"),
        });

        Beside.Message(html, "Form.Deadline").ShouldContain("不能早于交办日期");
        await using var db = app.NewDbContext();
        (await db.RectificationItems.AnyAsync(r => r.Problem == problem)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_finding_deadline_before_the_inspection_began_is_refused_beside_the_deadline()
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var inspection = await db.Inspections.Include(i => i.Targets).Where(i => i.OrganizationId == township.Id && i.Targets.Count > 0)
            .OrderByDescending(i => i.StartedOn).FirstAsync();
        var clerk = await Browser.LoginAsync(app, "clerk");
        var url = $"/Loop/Inspections/Details/{inspection.Id}";

        var html = await RefusedAsync(clerk, $"{url}?handler=Finding", new()
        {
            ["Form.OrganizationId"] = inspection.Targets[0].OrganizationId.ToString(CultureInfo.InvariantCulture), ["Form.Description"] = "台账不全",
            ["Form.Deadline"] = inspection.StartedOn.AddDays(-1).ToString("yyyy-MM-dd"),
        }, url);

        Beside.Message(html, "Form.Deadline").ShouldContain("不能早于");
    }
}
