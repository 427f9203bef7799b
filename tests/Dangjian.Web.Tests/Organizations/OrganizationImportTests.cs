using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Dangjian.Core.Audit;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members.Export;
using Dangjian.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Organizations;

/// <summary>Going live: a township and its branches imported from a sheet, checked first, all or nothing, idempotent by code.</summary>
public sealed class OrganizationImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Headers = ["组织编码", "组织名称", "组织层级", "组织类别", "上级组织编码", "书记姓名", "成立日期"];

    [Fact]
    public async Task Template_has_the_columns_an_example_and_an_explanation_sheet()
    {
        var browser = await Browser.LoginAsync(app, "county");
        var response = await browser.Client.GetAsync("/Organizations/Import?handler=Template");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        sheets.ShouldBe(["党组织", "填写说明"]);
        var rows = Rows(document, 0);
        rows[0].ShouldContain("组织编码*");
        rows[0].ShouldContain("上级组织编码");
        rows[1].Length.ShouldBe(rows[0].Length);
        var help = Rows(document, 1);
        help.ShouldContain(r => r.Length == 4 && r[0] == "组织层级" && r[1] == "必填" && r[2].Contains("党支部"));
    }

    [Fact]
    public async Task A_township_with_eight_branches_is_imported_once_and_a_second_import_changes_nothing()
    {
        var browser = await Browser.LoginAsync(app, "county");
        var rows = Township("YL");
        var file = await XlsxAsync(rows);

        var preview = await PreviewAsync(browser, file, "组织架构.xlsx");
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新建 9 个党组织");
        var payload = preview.QuerySelector("input[name=Payload]")!.GetAttribute("value")!;
        await using (var db = app.NewDbContext())
        {
            (await db.Organizations.CountAsync(o => o.Code != null && o.Code.StartsWith("YL"))).ShouldBe(0, "a preview writes nothing");
        }

        var refused = await ImportAsync(browser, payload, confirm: false);
        refused.QuerySelector("#confirm-error")!.TextContent.ShouldContain("请勾选");
        var done = await ImportAsync(browser, payload, confirm: true);
        done.QuerySelector("#imported")!.TextContent.ShouldContain("新建 9 个党组织");

        int auditRows;
        await using (var db = app.NewDbContext())
        {
            var county = await db.Organizations.SingleAsync(o => o.Level == OrgLevel.CountyCommittee);
            var township = await db.Organizations.SingleAsync(o => o.Code == "YL");
            township.ParentId.ShouldBe(county.Id);
            township.Path.ShouldBe($"{county.Path}{township.Id}/");
            township.Level.ShouldBe(OrgLevel.TownshipCommittee);
            var branches = await db.Organizations.Where(o => o.ParentId == township.Id).OrderBy(o => o.SortOrder).ToListAsync();
            branches.Select(b => b.Code).ShouldBe(Enumerable.Range(1, 8).Select(i => $"YL-{i:00}"));
            branches.ShouldAllBe(b => b.Path == $"{township.Path}{b.Id}/" && b.Depth == township.Depth + 1 && b.Level == OrgLevel.Branch);
            branches[0].SecretaryName.ShouldBe("书记1");
            branches[0].FoundedOn.ShouldBe(new DateOnly(2001, 3, 1));
            branches[7].Sector.ShouldBe(OrgSector.Community);
            auditRows = await db.AuditEntries.CountAsync(e => e.TargetType == nameof(Organization));
        }

        preview = await PreviewAsync(browser, file, "组织架构.xlsx");
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新建 0 个党组织，更新 0 个，9 个与系统中相同");
        done = await ImportAsync(browser, preview.QuerySelector("input[name=Payload]")!.GetAttribute("value")!, confirm: true);
        done.QuerySelector("#imported")!.TextContent.ShouldContain("新建 0 个党组织，更新 0 个，9 个与系统中相同");
        await using (var db = app.NewDbContext())
        {
            (await db.Organizations.CountAsync(o => o.Code != null && o.Code.StartsWith("YL"))).ShouldBe(9);
            (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(Organization))).ShouldBe(auditRows, "nothing changed, nothing audited");
        }

        rows[2][5] = "新书记"; // YL-03
        preview = await PreviewAsync(browser, await XlsxAsync(rows), "组织架构.xlsx");
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新建 0 个党组织，更新 1 个，8 个与系统中相同");
        await ImportAsync(browser, preview.QuerySelector("input[name=Payload]")!.GetAttribute("value")!, confirm: true);
        await using (var db = app.NewDbContext())
        {
            (await db.Organizations.SingleAsync(o => o.Code == "YL-03")).SecretaryName.ShouldBe("新书记");
        }
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_row_and_column_and_nothing_is_written()
    {
        var browser = await Browser.LoginAsync(app, "county");
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', Headers));
        csv.AppendLine("BAD,坏镇党委,乡镇党委,,,,");                      // row 2: fine
        csv.AppendLine("BAD-1,一村党支部,党支部,村,NOPE,,");              // row 3: unknown parent
        csv.AppendLine("BAD-1,二村党支部,党支部,村,BAD,,");               // row 4: duplicate code
        csv.AppendLine("BAD-3,三村党支部,支委会,村,BAD,,");               // row 5: unknown level
        csv.AppendLine("BAD-4,四村党支部,党支部,村,BAD,,2999-01-01");     // row 6: future date
        csv.AppendLine("BAD-5,五村党支部,党支部,火星,BAD,,");             // row 7: unknown sector
        csv.AppendLine("BAD-6,,党总支,村,BAD-7,,");                       // row 8: no name
        csv.AppendLine("BAD-7,七村党支部,党支部,村,BAD,,");               // row 9: fine, but a branch cannot hold row 8

        var page = await PreviewAsync(browser, Encoding.UTF8.GetBytes(csv.ToString()), "组织.csv");

        var problems = page.QuerySelectorAll("#problems tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();
        problems.ShouldContain(p => p[0] == "3" && p[1] == "上级组织编码" && p[2].Contains("NOPE"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "组织编码" && p[2].Contains("与第3行重复"));
        problems.ShouldContain(p => p[0] == "5" && p[1] == "组织层级" && p[2].Contains("支委会"));
        problems.ShouldContain(p => p[0] == "6" && p[1] == "成立日期");
        problems.ShouldContain(p => p[0] == "7" && p[1] == "组织类别" && p[2].Contains("火星"));
        problems.ShouldContain(p => p[0] == "8" && p[1] == "组织名称");
        page.QuerySelector("input[name=Payload]").ShouldBeNull();
        await using var db = app.NewDbContext();
        (await db.Organizations.CountAsync(o => o.Code != null && o.Code.StartsWith("BAD"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_broken_file_or_one_of_another_kind_gets_a_message_beside_the_upload()
    {
        var browser = await Browser.LoginAsync(app, "county");
        byte[] broken = [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Repeat((byte)7, 500)];
        var page = await PreviewAsync(browser, broken, "坏.xlsx");
        page.QuerySelector("#file-error")!.TextContent.ShouldNotBeNullOrWhiteSpace();

        var roster = await XlsxAsync([["张三", "男", "1980-01-01"]], ["姓名", "性别", "出生日期"]);
        page = await PreviewAsync(browser, roster, "名册.xlsx");
        page.QuerySelector("#problems")!.TextContent.ShouldContain("没有“组织编码”列");
    }

    [Fact]
    public async Task A_branch_secretary_cannot_import_and_a_township_imports_only_below_itself()
    {
        var branch = await Browser.LoginAsync(app, "branch");
        var denied = await branch.Client.GetAsync("/Organizations/Import");
        denied.Headers.Location!.ToString().ShouldContain("/Account/Denied");

        var clerk = await Browser.LoginAsync(app, "clerk");
        await using var db = app.NewDbContext();
        var other = await db.Organizations.FirstAsync(o => o.Level == OrgLevel.TownshipCommittee && o.Name != "青石镇党委");
        other.Code = "OTHER-TOWN";
        await db.SaveChangesAsync();
        var csv = $"{string.Join(',', Headers)}\nQS-NEW,新村党支部,党支部,村,OTHER-TOWN,,\n";
        var page = await PreviewAsync(clerk, Encoding.UTF8.GetBytes(csv), "组织.csv");
        var problem = page.QuerySelector("#problems")!.TextContent;
        problem.ShouldContain("OTHER-TOWN");
        problem.ShouldContain("管辖范围");
    }

    private static List<string?[]> Township(string code) =>
    [
        .. Enumerable.Range(1, 8).Select(i => new string?[]
        {
            $"{code}-{i:00}", $"第{i}村党支部", "党支部", i == 8 ? "社区" : "村", code, $"书记{i}", $"200{i}-03-01",
        }),
        [code, "云岭镇党委", "乡镇党委", "", "", "镇书记", "1990-05-01"],
    ];

    private static async Task<byte[]> XlsxAsync(IReadOnlyList<string?[]> rows, string[]? headers = null)
    {
        using var stream = new MemoryStream();
        await XlsxStreamWriter.WriteAsync(stream, "Sheet1", headers ?? Headers, rows.ToAsyncEnumerable());
        return stream.ToArray();
    }

    private static async Task<IHtmlDocument> PreviewAsync(Browser browser, byte[] bytes, string name)
    {
        var (_, form) = await browser.GetAsync("/Organizations/Import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Browser.Token(form)), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "Sheet", name },
        };
        var response = await browser.Client.PostAsync("/Organizations/Import?handler=Preview", content);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await Browser.ParseAsync(response);
    }

    private static async Task<IHtmlDocument> ImportAsync(Browser browser, string payload, bool confirm)
    {
        var fields = new Dictionary<string, string> { ["Payload"] = payload };
        if (confirm)
        {
            fields["Confirm"] = "true";
        }

        var response = await browser.PostFormAsync("/Organizations/Import?handler=Import", fields, "/Organizations/Import");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await Browser.ParseAsync(response);
    }

    private static List<string[]> Rows(SpreadsheetDocument document, int sheet)
    {
        var part = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().ElementAt(sheet).Id!);
        return part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray()).ToList();
    }
}
