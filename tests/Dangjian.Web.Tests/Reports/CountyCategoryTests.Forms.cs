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

/// <summary>The category pages themselves: refusals beside the fields, a stale save, and who may manage the list.</summary>
public sealed partial class CountyCategoryTests
{
    [Fact]
    public async Task An_empty_name_a_missing_unit_and_a_duplicate_code_are_refused_beside_their_fields_and_nothing_is_saved()
    {
        var county = await Browser.LoginAsync(app, "county");
        await AddTagAsync(county, RecordFamily.Inspection, "style", "作风督查", "次");
        int tags, categories;
        await using (var db = app.NewDbContext())
        {
            tags = await db.RecordTags.CountAsync();
            categories = await db.WorkCategories.CountAsync();
        }

        var (_, page) = await county.GetAsync("/Reports/Template/Tag?family=Inspection");
        var fields = TemplateForms.Fields(page);
        fields["Form.Code"] = "style";
        fields["Form.Name"] = " ";
        fields["Form.Unit"] = "";
        var response = await county.PostFormAsync("/Reports/Template/Tag", fields, "/Reports/Template/Tag?family=Inspection");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await Browser.ParseAsync(response);
        Beside.Message(html, "Form.Name").ShouldBe("请填写名称");
        Beside.Message(html, "Form.Unit").ShouldStartWith("请填写单位");
        Beside.Message(html, "Form.Code").ShouldBe("本县督查中已有编码为“style”的类别");

        (_, page) = await county.GetAsync("/Reports/Template/Category");
        fields = TemplateForms.Fields(page);
        fields["Form.Code"] = "Bad Code";
        fields["Form.Name"] = "";
        fields["Form.Unit"] = "";
        response = await county.PostFormAsync("/Reports/Template/Category", fields);
        html = await Browser.ParseAsync(response);
        Beside.Message(html, "Form.Code").ShouldContain("编码只能由小写英文字母、数字和横线组成");
        Beside.Message(html, "Form.Name").ShouldBe("请填写名称");
        Beside.Message(html, "Form.Unit").ShouldStartWith("请填写单位");

        await using (var db = app.NewDbContext())
        {
            (await db.RecordTags.CountAsync()).ShouldBe(tags);
            (await db.WorkCategories.CountAsync()).ShouldBe(categories);
        }

        // a tag of another family may reuse the code
        await AddTagAsync(county, RecordFamily.Meeting, "style", "作风建设专题", "次");
    }

    [Fact]
    public async Task A_save_from_a_stale_version_gets_the_conflict_message_and_keeps_the_other_change()
    {
        var county = await Browser.LoginAsync(app, "county");
        await AddTagAsync(county, RecordFamily.Work, "sizhua", "四抓两整治", "次");
        var tag = await TagAsync(RecordFamily.Work, "sizhua");
        var (_, page) = await county.GetAsync($"/Reports/Template/Tag?id={tag.Id}");
        var fields = TemplateForms.Fields(page);
        fields["Form.Name"] = "“四抓两整治”专项行动";
        (await county.PostFormAsync("/Reports/Template/Tag", new(fields), $"/Reports/Template/Tag?id={tag.Id}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        fields["Form.Name"] = "晚到的修改";
        var stale = await county.PostFormAsync("/Reports/Template/Tag", new(fields), $"/Reports/Template/Tag?id={tag.Id}");
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(stale)).QuerySelector("#errors")!.TextContent.ShouldContain("刚被其他人修改过");
        var stored = await TagAsync(RecordFamily.Work, "sizhua");
        stored.Name.ShouldBe("“四抓两整治”专项行动");
        stored.Version.ShouldBe(tag.Version + 1);

        await using var db = app.NewDbContext();
        (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(RecordTag) && e.Action == AuditAction.Update && e.UserName == "county")).ShouldBe(1);
        (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(RecordTag) && e.Action == AuditAction.Create && e.UserName == "county")).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Township_and_branch_users_cannot_manage_the_countys_categories()
    {
        int before;
        await using (var db = app.NewDbContext())
        {
            before = await db.RecordTags.CountAsync();
        }

        foreach (var user in new[] { "secretary", "clerk", "branch" })
        {
            var browser = await Browser.LoginAsync(app, user);
            (await browser.Client.GetAsync("/Reports/Template/Categories")).IsDenied().ShouldBeTrue(user);
            var post = await browser.PostFormAsync("/Reports/Template/Tag", new() { ["Form.Family"] = "Service", ["Form.Code"] = "x", ["Form.Name"] = "乡镇自设", ["Form.Unit"] = "件" }, "/Account/ChangePassword");
            post.IsDenied().ShouldBeTrue(user);
        }

        await using (var db = app.NewDbContext())
        {
            (await db.RecordTags.CountAsync()).ShouldBe(before);
        }
    }
}
