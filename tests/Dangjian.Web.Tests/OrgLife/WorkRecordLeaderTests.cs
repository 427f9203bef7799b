using System.Net;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.OrgLife;

/// <summary>
/// A work record's 带队领导 chosen from the township's leaders' accounts (the same list as a lecture's speaker): choosing
/// one fills the typed name and stores the account; an account outside the township is refused beside the field.
/// </summary>
public sealed class WorkRecordLeaderTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_form_offers_the_township_s_leaders_refuses_others_and_stores_the_chosen_account()
    {
        await using var db = app.NewDbContext();
        var liaison = await db.Users.SingleAsync(u => u.UserName == "liaison");
        var secretary = await db.Users.SingleAsync(u => u.UserName == "secretary");
        var county = await db.Users.SingleAsync(u => u.UserName == "county");
        var village = await db.UserScopes.Where(s => s.UserId == liaison.Id).Select(s => s.OrganizationId).FirstAsync();
        var research = await db.WorkCategories.Where(c => c.Code == "research" && c.OrganizationId == null).Select(c => c.Id).SingleAsync();
        var browser = await Browser.LoginAsync(app, "clerk");

        var (status, page) = await browser.GetAsync($"/WorkRecords/Create?org={village}");
        status.ShouldBe(HttpStatusCode.OK);
        var offered = page.QuerySelectorAll("#Form_LedByUserId option").Select(o => o.GetAttribute("value")).ToList();
        offered.ShouldContain(secretary.Id.ToString());
        offered.ShouldContain(liaison.Id.ToString());
        offered.ShouldNotContain(county.Id.ToString());
        var option = page.QuerySelector($"#Form_LedByUserId option[value='{secretary.Id}']")!;
        option.GetAttribute("data-name").ShouldBe(secretary.DisplayName);
        page.QuerySelector("#Form_LedByUserId")!.GetAttribute("data-fills").ShouldBe("Form_LedBy");

        var fields = new Dictionary<string, string>
        {
            ["Form.OrganizationId"] = village.ToString(), ["Form.CategoryId"] = research.ToString(), ["Form.HeldOn"] = OrgLifeWorld.Today.ToString("yyyy-MM-dd"),
            ["Form.Title"] = "书记带队到村调研党建工作", ["Form.Quantity"] = "1", ["Form.LedBy"] = "", ["Form.LedByUserId"] = county.Id.ToString(),
        };

        // An account outside the township (here: the county's) is refused beside the field, and nothing is saved.
        var before = await db.WorkRecords.CountAsync();
        var refused = await browser.PostFormAsync("/WorkRecords/Create", fields);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        Beside.Message(await Browser.ParseAsync(refused), "Form.LedByUserId").ShouldContain("不是本乡镇党委书记");
        (await db.WorkRecords.CountAsync()).ShouldBe(before);

        // A made-up id likewise.
        fields["Form.LedByUserId"] = "999999";
        var madeUp = await browser.PostFormAsync("/WorkRecords/Create", fields);
        madeUp.StatusCode.ShouldBe(HttpStatusCode.OK);
        Beside.Message(await Browser.ParseAsync(madeUp), "Form.LedByUserId").ShouldContain("乡镇以外的带队人请只填写姓名");
        (await db.WorkRecords.CountAsync()).ShouldBe(before);

        // The secretary chosen without a typed name: the name comes from the account, the account is stored.
        fields["Form.LedByUserId"] = secretary.Id.ToString();
        var saved = await browser.PostFormAsync("/WorkRecords/Create", fields);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var record = await db.WorkRecords.AsNoTracking().OrderByDescending(w => w.Id).FirstAsync();
        (record.OrganizationId, record.Title, record.LedByUserId, record.LedBy).ShouldBe((village, "书记带队到村调研党建工作", secretary.Id, secretary.DisplayName));
    }
}
