using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Loop;

/// <summary>
/// A Loop form the binder refuses (a missing or unreadable field) shows the operation's own database checks beside their
/// fields on the same submit, not only on the next one.
/// </summary>
public sealed class LoopFormChecksTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/Loop/Service", "Form.HeldOn", "Form.OrganizationId", "请选择本级或本级以下的党组织")]
    [InlineData("/Loop/Commitments", "Form.DueOn", "Form.OrganizationId", "请选择本级或本级以下的党组织")]
    [InlineData("/Loop/HonorRoll", "Form.Period", "Form.OrganizationId", "只能将本级以下的党组织列入红黑榜")]
    [InlineData("/Loop/Rectification/Create", "Form.Deadline", "Form.OrganizationId", "只能向本级以下的党组织交办整改事项")]
    [InlineData("/Loop/Inspections/Create", "Form.StartedOn", "Form.Targets", "只能督查本级以下的党组织")]
    [InlineData("/Loop/Tasks/Create", "Form.Title", "Form.Receivers", "请选择本级以下的承担单位")]
    [InlineData("/Loop/Contacts/Create", "Form.StartedOn", "Form.KindId", "请选择联系点类别")]
    public async Task A_refused_form_shows_the_binders_and_the_operations_messages_at_once(string url, string refusedField, string checkedField, string message)
    {
        var fields = await FieldsAsync(url);
        var clerk = await Browser.LoginAsync(app, "clerk");
        var response = await clerk.PostFormAsync(url, fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await Browser.ParseAsync(response);
        Beside.Message(html, refusedField).ShouldNotBeEmpty($"the binder's message beside {refusedField}");
        FieldMessages.Misplaced(html, [(checkedField, message)]).ShouldBeNull();
    }

    /// <summary>Each form with one field the binder refuses and one choice only the operation can refuse (the clerk's own township where only those below may be chosen, or one outside the scope).</summary>
    private async Task<Dictionary<string, string>> FieldsAsync(string url)
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var branch = await db.Organizations.Where(o => o.ParentId == township.Id).OrderBy(o => o.SortOrder).Select(o => o.Id).FirstAsync();
        var elsewhere = await db.Organizations.Where(o => o.Depth == township.Depth && o.Id != township.Id).Select(o => o.Id).FirstAsync();
        string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
        var today = app.Clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return url switch
        {
            "/Loop/Service" => new() { ["Form.OrganizationId"] = Id(elsewhere), ["Form.Kind"] = "Volunteer", ["Form.HeldOn"] = "", ["Form.Title"] = "义诊", ["Form.People"] = "3" },
            "/Loop/Commitments" => new() { ["Form.OrganizationId"] = Id(elsewhere), ["Form.Content"] = "修路", ["Form.DueOn"] = "" },
            "/Loop/HonorRoll" => new() { ["Form.OrganizationId"] = Id(township.Id), ["Form.Roll"] = "Red", ["Form.Period"] = "", ["Form.Reason"] = "先进" },
            "/Loop/Rectification/Create" => new() { ["Form.OrganizationId"] = Id(township.Id), ["Form.Problem"] = "台账不全", ["Form.RaisedOn"] = today, ["Form.Deadline"] = "" },
            "/Loop/Inspections/Create" => new()
            {
                ["Form.Kind"] = "Unannounced", ["Form.Title"] = "作风督查", ["Form.StartedOn"] = "", ["Form.Round"] = "1", ["Form.Inspectors"] = "甲", ["Form.Targets"] = Id(township.Id),
            },
            "/Loop/Tasks/Create" => new() { ["Form.Year"] = today[..4], ["Form.Title"] = "", ["Form.Items"] = "3 召开组织生活会", ["Form.Receivers"] = Id(township.Id) },
            "/Loop/Contacts/Create" => new() { ["Form.OrganizationId"] = Id(branch), ["Form.LeaderName"] = "无账号领导", ["Form.KindId"] = "0", ["Form.StartedOn"] = "不是日期" },
            _ => throw new ArgumentOutOfRangeException(nameof(url)),
        };
    }
}
