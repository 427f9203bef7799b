using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Web.Tests.Admin;
using Dangjian.Web.Tests.Imports;
using Dangjian.Web.Tests.Infrastructure;
using Dangjian.Web.Tests.Members;
using Dangjian.Web.Tests.Organizations;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using static Dangjian.Web.Tests.Reports.SeedPages;

namespace Dangjian.Web.Tests.Reports;

/// <summary>
/// A township with none of the demo county's records, made as <see cref="Deployment.GoLiveTests"/> makes one: the county imports
/// its organization tree (the township and its village branches, under the county), the system administrator creates the
/// township's two accounts (党建办 and 党委书记) from a sheet, the security administrator grants them in bulk, each half of the
/// one-time password comes from its own administrator and both sign in with a forced change; the clerk imports each branch's
/// roster. The personnel figures of a seed are then counted from this township's records alone.
/// </summary>
internal sealed record FreshTownship(Organization Township, List<Organization> Villages, Browser Clerk, Browser Secretary)
{
    /// <summary>The roster columns the seeds import (the roster import's own header names).</summary>
    public static readonly string[] RosterHeaders = ["姓名", "性别", "出生日期", "身份证号", "入党时间", "转正时间", "人员类别", "学历"];

    /// <param name="code">the township's organization code (lower case, it prefixes the login names too); villages are code-01….</param>
    public static async Task<FreshTownship> CreateAsync(AppFactory app, string code, string name, int villages)
    {
        var county = await Browser.LoginAsync(app, "county");
        List<string?[]> rows = [[code, $"中共{name}委员会", "乡镇党委", "", "", $"{name}党委", $"{name}书记", "1990-05-01"]];
        rows.AddRange(Enumerable.Range(1, villages).Select(i => new string?[]
        {
            $"{code}-{i:00}", $"中共{name}第{i}村支部委员会", "党支部", "村", code, $"{name}{i}村党支部", $"{name}{i}村书记", "2001-03-01",
        }));
        await OrganizationTreeSheet.ImportAsync(county, rows, villages + 1);

        Organization township;
        List<Organization> branches;
        await using (var db = app.NewDbContext())
        {
            township = await db.Organizations.AsNoTracking().IgnoreQueryFilters().SingleAsync(o => o.Code == code);
            branches = await db.Organizations.AsNoTracking().IgnoreQueryFilters().Where(o => o.ParentId == township.Id).OrderBy(o => o.Code).ToListAsync();
        }

        branches.Count.ShouldBe(villages);
        var (clerk, secretary) = await AccountsAsync(app, code, name);
        return new FreshTownship(township, branches, clerk, secretary);
    }

    /// <summary>The clerk imports one branch's roster (<see cref="RosterHeaders"/>) through upload, column mapping and progress.</summary>
    public async Task RosterAsync(Organization branch, IReadOnlyList<string?[]> rows)
    {
        var file = await LedgerPages.XlsxAsync(RosterHeaders, [.. rows]);
        await RosterUpload.ImportAsync(Clerk, branch.Id, file, rows.Count);
    }

    /// <summary>A roster row: a man or woman born on the day, with a fictional resident ID the birth date and sex agree with.</summary>
    public static string?[] Member(string name, DateOnly birth, int serial, DateOnly joinedOn, DateOnly? convertedOn, bool probationary, string education)
    {
        var sex = serial % 2 == 0 ? Sex.Female : Sex.Male;
        return
        [
            name, sex == Sex.Female ? "女" : "男", D(birth), FictionalResidentId.Create("990801", birth, sex, serial), D(joinedOn),
            convertedOn is { } c ? D(c) : null, probationary ? "预备党员" : "正式党员", education,
        ];
    }

    /// <summary>The township's secretary composes the year's draft on the compose page; the text of the draft page's report.</summary>
    public async Task<string> ComposeAsync(int year)
    {
        var response = await Secretary.PostFormAsync($"/Reports/Compose?org={Township.Id}&year={year}", new() { ["Year"] = S(year) });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (status, draft) = await Secretary.GetAsync($"/Reports/Draft?org={Township.Id}&year={year}");
        status.ShouldBe(HttpStatusCode.OK);
        return draft.QuerySelector("#report")!.TextContent;
    }

    /// <summary>The township's clerk and secretary: first halves from the system administrator, grants and second halves from the
    /// security administrator, then each signs in and changes the one-time password.</summary>
    private static async Task<(Browser Clerk, Browser Secretary)> AccountsAsync(AppFactory app, string code, string name)
    {
        var sysadmin = await Browser.LoginAdminAsync(app, "sysadmin");
        List<string?[]> accounts = [[$"{code}clerk", $"{name}党建办", code, "13900001001", "党建办"], [$"{code}sec", $"{name}书记", code, "13900001002", null]];
        const string create = "/Admin/Accounts/Import";
        var done = await BulkSheets.ConfirmAsync(sysadmin, create,
            await BulkSheets.PreviewAsync(sysadmin, create, await LedgerPages.XlsxAsync(BulkSheets.AccountHeaders, accounts), "账号.xlsx"));
        var firstHalves = await BulkSheets.DownloadAsync(sysadmin, create, done);

        var secadmin = await Browser.LoginAdminAsync(app, "secadmin");
        const string grant = "/Admin/Roles/Import";
        List<string?[]> grants = [[$"{code}clerk", "乡镇党建办", code], [$"{code}sec", "乡镇党委书记", code]];
        var granted = await BulkSheets.ConfirmAsync(secadmin, grant,
            await BulkSheets.PreviewAsync(secadmin, grant, await LedgerPages.XlsxAsync(BulkSheets.GrantHeaders, grants), "授权.xlsx"));
        var secondHalves = await BulkSheets.DownloadAsync(secadmin, grant, granted);

        string OneTime(string login) => firstHalves.Single(r => r[0] == login)[3] + secondHalves.Single(r => r[0] == login)[3];
        var clerk = await FirstStart.FirstLoginAsync(app, $"{code}clerk", OneTime($"{code}clerk"), "Fresh#Clerk2026", "/Organizations");
        var secretary = await FirstStart.FirstLoginAsync(app, $"{code}sec", OneTime($"{code}sec"), "Fresh#Secretary2026", "/Organizations");
        return (clerk, secretary);
    }
}
