using System.Net;
using Dangjian.Core.Imports.Ledgers;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Members;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>The 三会一课 ledger refuses bad input: every bad row with its row and column, broken files and sheets of another kind, nothing written.</summary>
public sealed class MeetingLedgerProblemTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Headers = MeetingLedgerWorld.Headers;

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_row_and_column_and_nothing_is_written()
    {
        var (branch, members) = await MeetingLedgerWorld.BranchAsync(app, 2);
        var year = app.Clock.Today().Year - 1;
        await using (var db = app.NewDbContext())
        {
            var twin = members[3];
            db.Members.Add(new Member
            {
                OrganizationId = branch.Id, Name = twin.Name, Sex = twin.Sex, BirthDate = twin.BirthDate, JoinedOn = twin.JoinedOn,
                Status = MemberStatus.Full, State = MemberState.Active, Education = twin.Education,
            });
            await db.SaveChangesAsync();
        }

        var future = app.Clock.Today().AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [branch.Name, "支部党员大会", $"{year}-03-01", "坏行测试：正常的一行", null, null, null, null, null, null, null], // row 2: fine
            ["不存在的支部", "支部党员大会", $"{year}-03-02", "坏行测试", null, null, null, null, null, null, null],           // row 3
            [branch.Name, "支部党员大会", $"{year}-03-03", "坏行测试", null, null, null, "查无此人（外出）", null, null, null], // row 4
            [branch.Name, "支部党员大会", $"{year}-03-04", "坏行测试", null, null, null, $"{members[3].Name}（外出）", null, null, null], // row 5
            [branch.Name, "支部党员大会", future, "坏行测试", null, null, null, null, null, null, null],                         // row 6
            [branch.Name, "支部党员大会", $"{year}-03-06", "坏行测试", null, null, null, members[0].Name, null, null, null],     // row 7
            [branch.Name, "党委会议", $"{year}-03-07", "坏行测试", null, null, null, null, null, null, null],                    // row 8
            [branch.Name, "茶话会", $"{year}-03-08", "坏行测试", null, null, null, null, null, null, null],                      // row 9
            [branch.Name, "党课", "去年春天", "坏行测试", null, null, null, null, null, null, null],                              // row 10
            [branch.Name, "支部党员大会", $"{year}-03-01", "坏行测试：正常的一行", null, null, null, null, null, null, null], // row 11: repeats row 2
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        var page = await LedgerPages.CheckAsync(browser, "meetings", file);

        var problems = LedgerPages.Problems(page);
        problems.ShouldContain(p => p[0] == "3" && p[1] == "党组织" && p[2].Contains("不存在的支部"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "缺席人员" && p[2].Contains("查无此人"));
        problems.ShouldContain(p => p[0] == "5" && p[1] == "缺席人员" && p[2].Contains("无法区分"));
        problems.ShouldContain(p => p[0] == "6" && p[1] == "召开日期" && p[2].Contains("晚于今天"));
        problems.ShouldContain(p => p[0] == "7" && p[1] == "缺席人员" && p[2].Contains("原因"));
        problems.ShouldContain(p => p[0] == "8" && p[1] == "会议类型" && p[2].Contains("党委会议"));
        problems.ShouldContain(p => p[0] == "9" && p[1] == "会议类型" && p[2].Contains("茶话会"));
        problems.ShouldContain(p => p[0] == "10" && p[1] == "召开日期");
        problems.ShouldContain(p => p[0] == "11" && p[2].Contains("与第2行"));
        problems.ShouldNotContain(p => p[0] == "2");
        page.QuerySelector("input[name=Token]").ShouldBeNull();
        await using var check = app.NewDbContext();
        (await check.Meetings.CountAsync(m => m.Topic.StartsWith("坏行测试"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_broken_file_or_a_sheet_of_another_kind_gets_a_message_and_no_500()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        byte[] broken = [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Repeat((byte)7, 500)];
        (await LedgerPages.CheckAsync(browser, "meetings", broken, "坏.xlsx")).QuerySelector("#file-error")!.TextContent.ShouldNotBeNullOrWhiteSpace();

        using (var bomb = new MemoryStream())
        {
            using (var zip = new System.IO.Compression.ZipArchive(bomb, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            {
                await using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open();
                var zeros = new byte[1024 * 1024];
                for (var i = 0; i < 300; i++)
                {
                    await sheet.WriteAsync(zeros);
                }
            }

            var page = await LedgerPages.CheckAsync(browser, "meetings", bomb.ToArray(), "台账.xlsx");
            page.QuerySelector("#file-error")!.TextContent.ShouldNotBeNullOrWhiteSpace("a zip bomb is refused beside the upload");
        }

        var roster = await LedgerPages.XlsxAsync(["姓名", "性别", "出生日期"], [["张三", "男", "1980-01-01"]]);
        (await LedgerPages.CheckAsync(browser, "meetings", roster)).QuerySelector("#problems")!.TextContent.ShouldContain("这可能不是三会一课台账");
        var uploads = Path.Combine(app.Database.DataDirectory, "uploads");
        (Directory.Exists(uploads) ? Directory.GetFiles(uploads, "*.upload") : []).ShouldBeEmpty("a refused or failed file is not kept");
    }
}
