using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using Dangjian.Core.Demo;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Reports.Check;

/// <summary>Issue #17: the report checker page in 述职报告 — pasted text, uploads, a stored draft, and bad input answered in Chinese.</summary>
public sealed class CheckPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private int Year => app.Clock.Today().Year;

    private async Task<(Browser Browser, int Township)> OpenAsync(string user = "clerk")
    {
        await using var db = app.NewDbContext();
        var township = (await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName)).Id;
        return (await Browser.LoginAsync(app, user), township);
    }

    private string Url(int township) => $"/Reports/Check?org={township}&year={Year}";

    [Fact]
    public async Task Pasted_text_lists_each_finding_and_figure_with_its_line_and_escapes_the_text()
    {
        var (browser, township) = await OpenAsync();
        var text = "一、履职情况\n全年召开党委会议12次，，储备村级后备干部**名。\n<script>alert(1)</script>转载自公众号";
        var response = await browser.PostFormAsync(Url(township), new() { ["Input.Text"] = text });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await Browser.ParseAsync(response);
        html.QuerySelector("#summary")!.TextContent.ShouldBe("体检结果：粘贴的文字，发现问题 4 处，数字 1 个");
        var rows = html.QuerySelectorAll("#findings tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToList()).ToList();
        rows.Select(r => (r[0], r[1])).ShouldBe([("2", "重复标点"), ("2", "占位符"), ("3", "网络残留"), ("3", "网络残留")]);
        html.QuerySelectorAll("script").ShouldNotContain(s => s.TextContent.Contains("alert"));
        html.QuerySelector("#findings")!.TextContent.ShouldContain("/script>转载自公众号");
        var figure = html.QuerySelectorAll("#figures tbody tr td").Select(c => c.TextContent).ToList();
        figure.Take(5).ShouldBe(["2", "全年召开党委会议", "12", "次", ""]);
    }

    [Fact]
    public async Task A_txt_upload_is_checked()
    {
        var (browser, township) = await OpenAsync("secretary");
        var html = await UploadAsync(browser, township, "述职报告.txt", Encoding.UTF8.GetBytes("根据会议安排，现将本人述职如下：\n一、履职情况\n全镇共发展党员8名，其中35岁以下党员10名。"));
        html.QuerySelector("#summary")!.TextContent.ShouldBe("体检结果：述职报告.txt，发现问题 1 处，数字 2 个");
        html.QuerySelector("#findings tbody tr")!.TextContent.ShouldContain("“其中”的部分（10名）大于总数（8名）");
    }

    [Fact]
    public async Task Bad_input_gets_a_chinese_message_beside_its_field_and_never_a_500()
    {
        var (browser, township) = await OpenAsync();
        var notReport = await browser.PostFormAsync(Url(township), new() { ["Input.Text"] = "SELECT * FROM users; 1,2,3" });
        notReport.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Browser.ParseAsync(notReport)).QuerySelector("#text-error")!.TextContent.ShouldBe("这不像是一份述职报告：其中几乎没有中文文字。请上传或粘贴述职报告正文。");

        var noText = await UploadAsync(browser, township, "空白.docx", EmptyDocx());
        noText.QuerySelector("#upload-error")!.TextContent.ShouldStartWith("Word 文档中没有文字");

        var bomb = await UploadAsync(browser, township, "bomb.docx", Bomb());
        bomb.QuerySelector("#upload-error")!.TextContent.ShouldStartWith("文件解压后的大小异常");

        var big = await UploadAsync(browser, township, "big.txt", new byte[50 * 1024 * 1024]);
        big.QuerySelector("#upload-error")!.TextContent.ShouldBe("文件太大：述职报告文件不能超过 5 MB。请删去图片后再上传，或直接粘贴文字。");
        big.QuerySelector("#findings").ShouldBeNull();
    }

    [Fact]
    public async Task A_stored_draft_is_checked_and_a_foreign_draft_answers_404()
    {
        var (browser, township) = await OpenAsync();
        var composed = await browser.PostFormAsync($"/Reports/Compose?org={township}", new()
        {
            ["Year"] = Year.ToString(CultureInfo.InvariantCulture), ["Plans"] = "深化党建品牌建设",
        });
        composed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        var draft = await db.ReportDrafts.Where(d => d.OrganizationId == township && d.Year == Year).OrderByDescending(d => d.Id).FirstAsync();
        var (status, html) = await browser.GetAsync(Url(township) + $"&draft={draft.Id}");
        status.ShouldBe(HttpStatusCode.OK);
        html.QuerySelector("#summary")!.TextContent.ShouldStartWith($"体检结果：第{draft.Number}稿（草稿）");
        html.QuerySelectorAll("#figures tbody tr").Length.ShouldBeGreaterThan(5);
        html.QuerySelectorAll("#findings tbody tr").Where(r => r.TextContent.Contains("占位符") || r.TextContent.Contains("网络残留")).ShouldBeEmpty();

        var other = await db.Organizations.FirstAsync(o => o.Name != DemoCounty.DetailedTownshipName && o.Level == Dangjian.Core.Organizations.OrgLevel.TownshipCommittee);
        (await browser.GetAsync($"/Reports/Check?org={other.Id}&year={Year}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync(Url(township) + $"&draft={draft.Id + 100000}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_composed_draft_agrees_with_the_records_and_one_number_changed_by_hand_differs()
    {
        var (browser, township) = await OpenAsync("secretary");
        (await browser.PostFormAsync($"/Reports/Compose?org={township}", new() { ["Year"] = Year.ToString(CultureInfo.InvariantCulture) }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        var draft = await db.ReportDrafts.Where(d => d.OrganizationId == township && d.Year == Year).OrderByDescending(d => d.Id).FirstAsync();
        var (_, html) = await browser.GetAsync(Url(township) + $"&draft={draft.Id}");
        html.QuerySelectorAll("#figures tr.verdict-differs, #figures tr.verdict-norecord").ShouldBeEmpty();
        var matches = html.QuerySelectorAll("#figures tr.verdict-match");
        matches.Length.ShouldBeGreaterThan(10);

        // The secretary pastes the draft's text with one figure raised by one.
        var (_, page) = await browser.GetAsync($"/Reports/Draft?org={township}&year={Year}");
        var text = page.QuerySelector("#report")!.TextContent;
        var cells = matches.Select(m => m.QuerySelectorAll("td").Select(c => c.TextContent).ToList())
            .First(c => c[4].Length == 0 && c[3] != "%" && c[2].All(char.IsAsciiDigit) && text.Contains(c[1] + c[2] + c[3], StringComparison.Ordinal));
        var claimed = cells[1] + cells[2] + cells[3];
        var at = text.IndexOf(claimed, StringComparison.Ordinal);
        var raised = (int.Parse(cells[2], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        var edited = text[..at] + cells[1] + raised + cells[3] + text[(at + claimed.Length)..];
        var checkedText = await Browser.ParseAsync(await browser.PostFormAsync(Url(township), new() { ["Input.Text"] = edited }));
        var differs = checkedText.QuerySelectorAll("#figures tr.verdict-differs").ShouldHaveSingleItem();
        differs.QuerySelectorAll("td")[2].TextContent.ShouldBe(raised);
        differs.QuerySelector("a")!.GetAttribute("href")!.ShouldStartWith($"/Reports/Figure?org={township}&year={Year}&indicator=");
        differs.QuerySelector("a")!.TextContent.ShouldBe(cells[2] + cells[3]);
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> UploadAsync(Browser browser, int township, string name, byte[] bytes)
    {
        var (_, form) = await browser.GetAsync(Url(township));
        using var content = new MultipartFormDataContent { { new StringContent(Browser.Token(form)), "__RequestVerificationToken" }, { new ByteArrayContent(bytes), "Input.Upload", name } };
        var response = await browser.Client.PostAsync(Url(township), content);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response = await browser.Client.GetAsync(response.Headers.Location);
        }

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await Browser.ParseAsync(response);
    }

    private static byte[] EmptyDocx()
    {
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body());
        }

        return stream.ToArray();
    }

    private static byte[] Bomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++)
            {
                entry.Write(zeros);
            }
        }

        return stream.ToArray();
    }
}
