using System.Net;
using AngleSharp.Html.Dom;
using Dangjian.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Shouldly;

namespace Dangjian.Web.Tests.Admin;

/// <summary>Uploading, confirming and downloading on the bulk account pages, as the administrators' browsers do.</summary>
internal static class BulkSheets
{
    public static readonly string[] AccountHeaders = ["登录名", "姓名", "组织编码", "手机号", "备注"];
    public static readonly string[] GrantHeaders = ["登录名", "角色", "管辖组织编码"];

    public static Task<byte[]> XlsxAsync(string[] headers, IReadOnlyList<string?[]> rows) => Imports.LedgerPages.XlsxAsync(headers, rows);

    public static async Task<IHtmlDocument> PreviewAsync(Browser browser, string page, byte[] bytes, string name)
    {
        var (_, form) = await browser.GetAsync(page);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Browser.Token(form)), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "Sheet", name },
        };
        var response = await browser.Client.PostAsync($"{page}?handler=Preview", content);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await Browser.ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ConfirmAsync(Browser browser, string page, IHtmlDocument preview, bool confirm = true)
    {
        var fields = new Dictionary<string, string> { ["Payload"] = preview.QuerySelector("input[name=Payload]")!.GetAttribute("value")! };
        if (confirm)
        {
            fields["Confirm"] = "true";
        }

        var response = await browser.PostFormAsync($"{page}?handler=Import", fields, page);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await Browser.ParseAsync(response);
    }

    /// <summary>Posts the page's password download form; returns the sheet's rows (header first).</summary>
    public static async Task<List<string[]>> DownloadAsync(Browser browser, string page, IHtmlDocument done)
    {
        var halves = done.QuerySelector("#passwords input[name=Halves]")!.GetAttribute("value")!;
        var response = await browser.PostFormAsync($"{page}?handler=Passwords", new() { ["Halves"] = halves }, page);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        return Rows(document, 0);
    }

    public static List<string[]> Rows(SpreadsheetDocument document, int sheet)
    {
        var part = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().ElementAt(sheet).Id!);
        return part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray()).ToList();
    }

    public static List<string[]> Problems(IHtmlDocument page) =>
        page.QuerySelectorAll("#problems tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();
}
