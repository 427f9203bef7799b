using System.Net;
using Dangjian.Core.Tests.Drills;
using Dangjian.Web.Tests.Infrastructure;
using Shouldly;

namespace Dangjian.Web.Tests.Drills;

/// <summary>
/// Fuzz drill end to end: every 50th generated malformed file goes through the real roster upload and, when accepted,
/// its mapping and preview page. None may answer 500; a refusal shows its Chinese message next to the upload field.
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
}
