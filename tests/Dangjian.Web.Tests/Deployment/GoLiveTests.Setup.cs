using System.Globalization;
using System.Net;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Web.Tests.Imports;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.Members;
using Dangjian.Web.Tests.Organizations;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Deployment;

/// <summary>Going live, the setting up: accounts one by one and in bulk (三员分立), the organization tree and the rosters from generated sheets.</summary>
public sealed partial class GoLiveTests
{
    private async Task<Browser> AccountAsync(Browser sysadmin, Browser secadmin, string userName, string displayName, int organizationId, string role, string password)
    {
        var created = await sysadmin.PostFormAsync("/Admin/Accounts/Create", new()
        {
            ["Input.UserName"] = userName, ["Input.DisplayName"] = displayName,
            ["Input.OrganizationId"] = organizationId.ToString(CultureInfo.InvariantCulture),
        }, "/Admin/Accounts/Create");
        var firstHalf = (await Browser.ParseAsync(created)).QuerySelector("#initial-password")!.TextContent;
        int id;
        await using (var db = app.NewDbContext())
        {
            id = (await db.Users.SingleAsync(u => u.UserName == userName)).Id;
        }

        var released = await secadmin.PostFormAsync($"/Admin/Roles/Edit/{id}?handler=Release", new(), $"/Admin/Roles/Edit/{id}");
        var oneTime = firstHalf + (await Browser.ParseAsync(released)).QuerySelector("#released-part")!.TextContent;
        (await secadmin.PostFormAsync($"/Admin/Roles/Edit/{id}", new()
        {
            ["SelectedRoles"] = role, ["OrganizationId"] = organizationId.ToString(CultureInfo.InvariantCulture),
        }, $"/Admin/Roles/Edit/{id}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await FirstStart.FirstLoginAsync(app, userName, oneTime, password, "/Organizations");
    }

    /// <summary>The township's and the branches' accounts in bulk: first halves from the system administrator, grants and second halves from the security administrator.</summary>
    private async Task<Browser> BulkAccountsAsync(Browser sysadmin, Browser secadmin)
    {
        List<string?[]> accounts = [["ylclerk", "云岭镇党建办", "YL", "13800001000", "党建办"], .. Enumerable.Range(1, Branches).Select(i =>
            new string?[] { $"yl{i:00}", $"书记{i}", $"YL-{i:00}", $"1380000{i:0000}", null })];
        const string create = "/Admin/Accounts/Import";
        var done = await Admin.BulkSheets.ConfirmAsync(sysadmin, create,
            await Admin.BulkSheets.PreviewAsync(sysadmin, create, await LedgerPages.XlsxAsync(Admin.BulkSheets.AccountHeaders, accounts), "账号.xlsx"));
        var firstHalves = await Admin.BulkSheets.DownloadAsync(sysadmin, create, done);
        firstHalves.Count.ShouldBe(Branches + 2);

        const string grant = "/Admin/Roles/Import";
        List<string?[]> grants = [["ylclerk", "乡镇党建办", "YL"], .. Enumerable.Range(1, Branches).Select(i => new string?[] { $"yl{i:00}", "党组织书记", $"YL-{i:00}" })];
        var granted = await Admin.BulkSheets.ConfirmAsync(secadmin, grant,
            await Admin.BulkSheets.PreviewAsync(secadmin, grant, await LedgerPages.XlsxAsync(Admin.BulkSheets.GrantHeaders, grants), "授权.xlsx"));
        var secondHalves = await Admin.BulkSheets.DownloadAsync(secadmin, grant, granted);

        string OneTime(string login) => firstHalves.Single(r => r[0] == login)[3] + secondHalves.Single(r => r[0] == login)[3];
        var branch = await FirstStart.FirstLoginAsync(app, "yl03", OneTime("yl03"), "Yunling#Br03x", "/Organizations");
        (await branch.GetAsync("/Organizations")).Html.Body!.TextContent.ShouldContain("中共云岭镇第3村支部委员会");
        return await FirstStart.FirstLoginAsync(app, "ylclerk", OneTime("ylclerk"), "Yunling#Clk2026", "/Organizations");
    }

    private static async Task ImportTreeAsync(Browser county)
    {
        List<string?[]> rows = [["YL", "中共云岭镇委员会", "乡镇党委", "", "", "云岭镇党委", "镇书记", "1990-05-01"]];
        rows.AddRange(Enumerable.Range(1, Branches).Select(i => new string?[]
        {
            $"YL-{i:00}", $"中共云岭镇第{i}村支部委员会", "党支部", "村", "YL", $"云岭{i}村党支部", $"书记{i}", $"200{i}-03-01",
        }));
        await OrganizationTreeSheet.ImportAsync(county, rows, Branches + 1);
    }

    private static async Task ImportRosterAsync(Browser clerk, Organization branch, int b)
    {
        var rows = Enumerable.Range(0, MembersPerBranch).Select(i =>
        {
            var birth = new DateOnly(1960 + i, 1 + b, 10);
            var sex = i % 3 == 0 ? Sex.Female : Sex.Male;
            return new string?[]
            {
                Name(b, i), sex == Sex.Female ? "女" : "男", birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                FictionalResidentId.Create($"99{b + 1:00}01", birth, sex, i + 1), $"{2000 + i}-07-01", "正式党员", "高中",
            };
        }).ToList();
        var file = await LedgerPages.XlsxAsync(["姓名", "性别", "出生日期", "身份证号", "入党时间", "人员类别", "学历"], rows);
        await RosterUpload.ImportAsync(clerk, branch.Id, file, MembersPerBranch);
    }
}
