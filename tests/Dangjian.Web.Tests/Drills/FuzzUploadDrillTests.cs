using System.Net;
using Dangjian.Core.Tests.Drills;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace Dangjian.Web.Tests.Drills;

/// <summary>
/// Fuzz drill end to end: every 50th generated malformed file goes through the real roster upload and, when accepted,
/// its mapping and preview page; every 100th through every other importer (the organization tree, each ledger kind,
/// bulk accounts and grants). None may answer 500; each answers with a Chinese message beside the upload, a problem
/// list or a preview.
/// </summary>
public sealed class FuzzUploadDrillTests(AppFactory app, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Malformed_uploads_never_answer_500()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        var (_, form) = await browser.GetAsync("/Members/Import");
        var antiforgery = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var org = form.QuerySelector("#Org option[selected]")!.GetAttribute("value")!;
        int sent = 0, refused = 0, previewed = 0;
        foreach (var file in FuzzCorpus.Generate().Where((_, i) => i % 50 == 0))
        {
            using var content = new MultipartFormDataContent
            {
                { new StringContent(antiforgery), "__RequestVerificationToken" },
                { new StringContent(org), "Org" },
                { new ByteArrayContent(file.Bytes), "Roster", file.Name },
            };
            var response = await browser.Client.PostAsync("/Members/Import", content);
            sent++;
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                var (status, map) = await browser.GetAsync(response.Headers.Location!.OriginalString);
                status.ShouldBe(HttpStatusCode.OK, $"{file.Kind} #{sent}: preview");
                map.QuerySelector("h1").ShouldNotBeNull();
                previewed++;
                continue;
            }

            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{file.Kind} #{sent}");
            var page = await Browser.ParseAsync(response);
            page.QuerySelector("#upload-error")!.TextContent.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}", $"{file.Kind} #{sent}");
            refused++;
        }

        output.WriteLine($"{sent} uploads: {refused} refused with a Chinese message, {previewed} previewed; no 500");
        sent.ShouldBeGreaterThanOrEqualTo(100);
    }

    [Fact]
    public async Task Malformed_uploads_to_every_other_importer_never_answer_500()
    {
        var clerk = await Browser.LoginAsync(app, "clerk");
        var county = await Browser.LoginAsync(app, "county");
        var sysadmin = await Browser.LoginAdminAsync(app, "sysadmin");
        var secadmin = await Browser.LoginAdminAsync(app, "secadmin");
        var ledgers = app.Services.CreateScope().ServiceProvider.GetRequiredService<Dangjian.Core.Imports.Ledgers.LedgerImport>().Ledgers.Select(l => l.Code).ToList();
        ledgers.Count.ShouldBeGreaterThanOrEqualTo(10);
        List<(Browser Browser, string Form, string Post)> importers =
        [
            (county, "/Organizations/Import", "/Organizations/Import?handler=Preview"),
            (sysadmin, "/Admin/Accounts/Import", "/Admin/Accounts/Import?handler=Preview"),
            (secadmin, "/Admin/Roles/Import", "/Admin/Roles/Import?handler=Preview"),
            .. ledgers.Select(code => (code == "collective-income" || code.StartsWith("meet", StringComparison.Ordinal) ? clerk : county,
                $"/Imports/Ledger?kind={code}", $"/Imports/Ledger?kind={code}&handler=Check")),
        ];
        var files = FuzzCorpus.Generate().Where((_, i) => i % 100 == 0).ToList();
        var sent = 0;
        foreach (var (browser, formPage, post) in importers)
        {
            var (status, form) = await browser.GetAsync(formPage);
            status.ShouldBe(HttpStatusCode.OK, formPage);
            var antiforgery = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            foreach (var file in files)
            {
                using var content = new MultipartFormDataContent
                {
                    { new StringContent(antiforgery), "__RequestVerificationToken" },
                    { new ByteArrayContent(file.Bytes), "Sheet", file.Name },
                };
                var response = await browser.Client.PostAsync(post, content);
                sent++;
                response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{post} {file.Kind}");
                var page = await Browser.ParseAsync(response);
                (page.QuerySelector("#file-error") ?? page.QuerySelector("#problems") ?? page.QuerySelector("#preview-summary"))
                    .ShouldNotBeNull($"{post} {file.Kind}: a message, a problem list or a preview");
            }
        }

        output.WriteLine($"{sent} uploads to {importers.Count} importers ({files.Count} files each); no 500");
    }
}
