using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Dangjian.Core.Demo;
using DocumentFormat.OpenXml.Packaging;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Reports;

/// <summary>
/// Editing a paragraph of a draft: figures are chips (with script) or 〔名称：数值〕 (without), never raw markers; a kept chip is
/// saved as its marker, a deleted one is gone, and an unknown, altered or broken figure is refused beside the text with
/// nothing saved.
/// </summary>
public sealed class ParagraphEditorTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Committee = "fig:meetings.committee";

    private int Year => app.Clock.Today().Year;

    private sealed record Editing(Browser Browser, string Url, IHtmlDocument Form, int ParagraphId, string Value);

    /// <summary>A fresh draft of 青石镇's year and the edit form of its paragraph with the 党委会议 figure.</summary>
    private async Task<Editing> OpenAsync()
    {
        int township;
        await using (var db = app.NewDbContext())
        {
            township = (await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName)).Id;
        }

        var browser = await Browser.LoginAsync(app, "secretary");
        (await browser.PostFormAsync($"/Reports/Compose?org={township}", new() { ["Year"] = Year.ToString(CultureInfo.InvariantCulture) }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, draft) = await browser.GetAsync($"/Reports/Draft?org={township}&year={Year}");
        var paragraph = draft.QuerySelectorAll("#report p.paragraph").First(p => p.QuerySelector($"a.fig[data-indicator='{Committee[4..]}']") is not null);
        var value = paragraph.QuerySelector($"a.fig[data-indicator='{Committee[4..]}']")!.TextContent;
        var url = paragraph.QuerySelector("a.edit-paragraph")!.GetAttribute("href")!;
        var (status, form) = await browser.GetAsync(url);
        status.ShouldBe(HttpStatusCode.OK);
        return new(browser, url, form, int.Parse(paragraph.Id![2..], CultureInfo.InvariantCulture), value);
    }

    private static Dictionary<string, string> Fields(Editing e, string text) => new()
    {
        ["Text"] = text, ["Version"] = e.Form.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
    };

    private async Task<string> StoredAsync(int paragraphId)
    {
        await using var db = app.NewDbContext();
        return (await db.ReportParagraphs.AsNoTracking().SingleAsync(p => p.Id == paragraphId)).Text;
    }

    private async Task<int> RevisionsAsync(int paragraphId)
    {
        await using var db = app.NewDbContext();
        var draftId = (await db.ReportParagraphs.AsNoTracking().SingleAsync(p => p.Id == paragraphId)).DraftId;
        return await db.ReportRevisions.CountAsync(r => r.DraftId == draftId);
    }

    [Fact]
    public async Task The_edit_form_shows_figures_as_chips_and_never_a_raw_marker()
    {
        var e = await OpenAsync();

        e.Form.Body!.TextContent.ShouldNotContain("{{");
        e.Form.QuerySelector("textarea#Text")!.TextContent.ShouldNotContain("{{");
        e.Form.QuerySelector("textarea#Text")!.TextContent.ShouldContain($"〔党委会议：{e.Value}〕");
        var chip = e.Form.QuerySelector($"#chip-editor span.chip[data-key='{Committee}']")!;
        chip.TextContent.ShouldBe(e.Value);
        chip.GetAttribute("contenteditable").ShouldBe("false");
        chip.GetAttribute("data-href")!.ShouldContain("indicator=meetings.committee");
        e.Form.QuerySelector("#figures")!.TextContent.ShouldContain("党委会议");
        e.Form.QuerySelector("script[src^='/js/paragraph-editor.js']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Words_changed_around_a_kept_chip_are_saved_with_the_figure_still_linked()
    {
        var e = await OpenAsync();
        var shown = e.Form.QuerySelector("textarea#Text")!.TextContent;
        var before = await StoredAsync(e.ParagraphId);

        var response = await e.Browser.PostFormAsync(e.Url, Fields(e, "开篇改写：" + shown));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StoredAsync(e.ParagraphId)).ShouldBe("开篇改写：" + before);
        var (_, draft) = await e.Browser.GetAsync(response.Headers.Location!.ToString());
        var paragraph = draft.QuerySelector($"#p-{e.ParagraphId}")!;
        paragraph.TextContent.Trim().ShouldStartWith("开篇改写：");
        paragraph.QuerySelector($"a.fig[data-indicator='{Committee[4..]}']")!.TextContent.ShouldBe(e.Value);
    }

    [Fact]
    public async Task The_script_posts_chips_as_markers_and_a_deleted_chip_is_simply_gone()
    {
        var e = await OpenAsync();
        var stored = await StoredAsync(e.ParagraphId);

        (await e.Browser.PostFormAsync(e.Url, Fields(e, stored.Replace("{{" + Committee + "}}", "", StringComparison.Ordinal))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var saved = await StoredAsync(e.ParagraphId);
        saved.ShouldNotContain(Committee);
        saved.ShouldBe(stored.Replace("{{" + Committee + "}}", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{{fig:meetings.no-such-figure}}", "不是本县可用的指标")]
    [InlineData("{{fig:meetings.committee", "不完整的数字标记")]
    [InlineData("〔不存在的数字：3次〕", "不是报告中的数字")]
    [InlineData("〔党委会议：3", "不完整")]
    public async Task An_unknown_or_broken_figure_is_refused_beside_the_text_and_nothing_is_saved(string figure, string message)
    {
        var e = await OpenAsync();
        var stored = await StoredAsync(e.ParagraphId);
        var revisions = await RevisionsAsync(e.ParagraphId);

        var response = await e.Browser.PostFormAsync(e.Url, Fields(e, "改写的文字" + figure + e.Form.QuerySelector("textarea#Text")!.TextContent));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await Browser.ParseAsync(response);
        Beside.Message(html, "Text").ShouldContain(message);
        Beside.Message(html, "Text").ShouldStartWith("未保存");
        (await StoredAsync(e.ParagraphId)).ShouldBe(stored);
        (await RevisionsAsync(e.ParagraphId)).ShouldBe(revisions);
        html.QuerySelector("textarea#Text")!.TextContent.ShouldContain("改写的文字");
    }

    [Fact]
    public async Task A_figure_value_typed_over_is_refused_with_the_value_from_the_records()
    {
        var e = await OpenAsync();
        var stored = await StoredAsync(e.ParagraphId);
        var shown = e.Form.QuerySelector("textarea#Text")!.TextContent;
        var altered = shown.Replace($"〔党委会议：{e.Value}〕", "〔党委会议：999次〕", StringComparison.Ordinal);
        altered.ShouldNotBe(shown);

        var response = await e.Browser.PostFormAsync(e.Url, Fields(e, altered));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Beside.Message(await Browser.ParseAsync(response), "Text").ShouldContain($"当前为{e.Value}");
        (await StoredAsync(e.ParagraphId)).ShouldBe(stored);
    }

    [Fact]
    public async Task Drafts_are_numbered_per_township_and_year_on_the_page_the_history_and_the_file_name()
    {
        int township;
        int earlierOfYear, earlierOfPast;
        var past = Year - 3;
        await using (var db = app.NewDbContext())
        {
            township = (await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName)).Id;
            earlierOfYear = await db.ReportDrafts.CountAsync(d => d.OrganizationId == township && d.Year == Year);
            earlierOfPast = await db.ReportDrafts.CountAsync(d => d.OrganizationId == township && d.Year == past);
        }

        var browser = await Browser.LoginAsync(app, "clerk");
        foreach (var year in new[] { Year, Year, past })
        {
            (await browser.PostFormAsync($"/Reports/Compose?org={township}", new() { ["Year"] = year.ToString(CultureInfo.InvariantCulture) }))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var (_, draft) = await browser.GetAsync($"/Reports/Draft?org={township}&year={Year}");
        draft.QuerySelector("#state")!.TextContent.ShouldStartWith($"第{earlierOfYear + 2}稿，草稿");
        draft.QuerySelectorAll("#drafts li").Select(li => Regex.Match(li.TextContent, "^第\\d+稿").Value).Take(2)
            .ShouldBe([$"第{earlierOfYear + 2}稿", $"第{earlierOfYear + 1}稿"]);
        draft.QuerySelectorAll("#history tbody tr td:nth-child(2)").Select(td => td.TextContent).Take(2)
            .ShouldBe([$"第{earlierOfYear + 2}稿", $"第{earlierOfYear + 1}稿"]);
        draft.Body!.TextContent.ShouldNotContain("号稿");

        var (_, other) = await browser.GetAsync($"/Reports/Draft?org={township}&year={past}");
        other.QuerySelector("#state")!.TextContent.ShouldStartWith($"第{earlierOfPast + 1}稿，");

        var download = await browser.PostFormAsync($"/Reports/Download?org={township}&year={Year}&format=txt", new(), $"/Reports/Draft?org={township}&year={Year}");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldEndWith($"_第{earlierOfYear + 2}稿.txt");
    }

    [Fact]
    public async Task The_docx_of_an_edited_draft_and_of_the_submitted_report_ends_with_the_signature_block()
    {
        var e = await OpenAsync();
        (await e.Browser.PostFormAsync(e.Url, Fields(e, "经修改：" + e.Form.QuerySelector("textarea#Text")!.TextContent))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var draftUrl = e.Url.Split("&paragraph=")[0].Replace("/Reports/Edit", "/Reports/Draft", StringComparison.Ordinal);
        var township = int.Parse(Regex.Match(e.Url, "org=(\\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        await using var db = app.NewDbContext();
        var org = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == township);
        org.SecretaryName.ShouldNotBeNullOrEmpty();

        var edited = await SignatureAsync(e.Browser, township, draftUrl, "edited");
        edited.Text.ShouldContain("经修改：");
        var drafted = await db.ReportDrafts.AsNoTracking().Where(d => d.OrganizationId == township && d.Year == Year).OrderByDescending(d => d.Id).FirstAsync();
        edited.Signature.ShouldBe([org.Name, $"书记：{org.SecretaryName}", DateText(Beijing(drafted.CreatedAtUtc))]);

        (await e.Browser.PostFormAsync($"/Reports/Edit?org={township}&year={Year}&handler=Submit", new() { ["Confirm"] = "true" }, draftUrl)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var submittedAt = (await db.ReportDrafts.AsNoTracking().SingleAsync(d => d.Id == drafted.Id)).SubmittedAtUtc!.Value;
        var submitted = await SignatureAsync(e.Browser, township, draftUrl, "submitted");
        submitted.Signature.ShouldBe([org.Name, $"书记：{org.SecretaryName}", DateText(Beijing(submittedAt))]);
    }

    private static DateOnly Beijing(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(8));

    private static string DateText(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    /// <summary>The .docx of the latest draft, saved with the run's documents; its text and its last three paragraphs.</summary>
    private async Task<(string Text, string[] Signature)> SignatureAsync(Browser browser, int township, string draftUrl, string name)
    {
        var download = await browser.PostFormAsync($"/Reports/Download?org={township}&year={Year}&format=docx", new(), draftUrl);
        var folder = Directory.CreateDirectory(Path.Combine(Environment.GetEnvironmentVariable("DANGJIAN_ARTIFACTS") is { Length: > 0 } a ? a : Path.GetTempPath(), "documents")).FullName;
        var path = Path.Combine(folder, $"report-signature-{name}-{app.Database.Provider.ToLowerInvariant()}.docx");
        await File.WriteAllBytesAsync(path, await download.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToArray();
        return (body.InnerText, paragraphs[^3..]);
    }
}
