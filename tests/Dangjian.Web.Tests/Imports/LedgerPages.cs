using System.Net;
using AngleSharp.Html.Dom;
using Dangjian.Core.Members.Export;
using Dangjian.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>Drives the ledger import pages as a browser would: sheets made by the test, upload → check → confirm → undo.</summary>
public static class LedgerPages
{
    public static async Task<byte[]> XlsxAsync(IReadOnlyList<string> headers, IReadOnlyList<string?[]> rows)
    {
        using var stream = new MemoryStream();
        await XlsxStreamWriter.WriteAsync(stream, "Sheet1", headers, rows.ToAsyncEnumerable());
        return stream.ToArray();
    }

    public static async Task<IHtmlDocument> CheckAsync(Browser browser, string kind, byte[] bytes, string name = "台账.xlsx")
    {
        var (status, form) = await browser.GetAsync($"/Imports/Ledger?kind={kind}");
        status.ShouldBe(HttpStatusCode.OK);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Browser.Token(form)), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "Sheet", name },
        };
        var response = await browser.Client.PostAsync($"/Imports/Ledger?kind={kind}&handler=Check", content);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await Browser.ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ConfirmAsync(Browser browser, string kind, IHtmlDocument preview, bool confirm = true)
    {
        var token = preview.QuerySelector("input[name=Token]")?.GetAttribute("value");
        token.ShouldNotBeNull("the preview offers a confirm step: " + (preview.QuerySelector("#problems") ?? preview.QuerySelector("#file-error") ?? preview.QuerySelector("#preview-summary") ?? preview.QuerySelector("main") ?? preview.Body)?.TextContent);
        var fields = new Dictionary<string, string> { ["Token"] = token };
        if (confirm)
        {
            fields["Confirm"] = "true";
        }

        var response = await browser.PostFormAsync($"/Imports/Ledger?kind={kind}&handler=Import", fields, $"/Imports/Ledger?kind={kind}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await Browser.ParseAsync(response);
    }

    /// <summary>Checks and imports a sheet, asserting it goes through; returns the result page.</summary>
    public static async Task<IHtmlDocument> ImportAsync(Browser browser, string kind, byte[] bytes)
    {
        var done = await ConfirmAsync(browser, kind, await CheckAsync(browser, kind, bytes));
        done.QuerySelector("#imported").ShouldNotBeNull(done.QuerySelector("#problems")?.TextContent ?? done.QuerySelector("#file-error")?.TextContent);
        return done;
    }

    public static async Task<IHtmlDocument> UndoAsync(Browser browser, int batchId, bool confirm = true)
    {
        var fields = new Dictionary<string, string> { ["Batch"] = batchId.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (confirm)
        {
            fields["Confirm"] = "true";
        }

        var response = await browser.PostFormAsync("/Imports?handler=Undo", fields, "/Imports");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await Browser.ParseAsync(response);
    }

    /// <summary>Checking the file again finds every row already stored: nothing to import.</summary>
    public static async Task AssertAllStoredAsync(Browser browser, string kind, byte[] file, int rows)
    {
        var again = await CheckAsync(browser, kind, file);
        again.QuerySelector("#preview-summary")!.TextContent.ShouldContain($"{rows} 行都已在系统中");
        again.QuerySelector("input[name=Token]").ShouldBeNull();
    }

    /// <summary>Undoes the ledger's last batch (none of its records left) and imports the export back: the same records as before.</summary>
    public static async Task AssertImportsBackAsync(AppFactory app, Browser browser, string kind, byte[] exported, List<string> before, Func<Task<List<string>>> snapshot)
    {
        await using (var db = app.NewDbContext())
        {
            var batch = await db.ImportBatches.Where(b => b.Ledger == kind).OrderByDescending(b => b.Id).FirstAsync();
            (await UndoAsync(browser, batch.Id)).QuerySelector("#undone").ShouldNotBeNull();
        }

        (await snapshot()).ShouldBeEmpty();
        await ImportAsync(browser, kind, exported);
        (await snapshot()).ShouldBe(before);
    }

    public static async Task<byte[]> ExportAsync(Browser browser, string kind, int year)
    {
        var response = await browser.Client.GetAsync($"/Imports?handler=Export&kind={kind}&year={year}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Problems listed on a check page as (row, column, message).</summary>
    public static List<string[]> Problems(IHtmlDocument page) =>
        page.QuerySelectorAll("#problems tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();

    /// <summary>Every row of a sheet as cell texts (inline and shared strings).</summary>
    public static List<string[]> Rows(byte[] xlsx, int sheet = 0)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var part = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(sheet).Id!);
        return part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray()).ToList();
    }

    public static IReadOnlyList<string> SheetNames(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }
}
