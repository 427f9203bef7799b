using System.Globalization;
using System.Net;
using Dangjian.Web.Tests.Infrastructure;
using Shouldly;

namespace Dangjian.Web.Tests.Members;

/// <summary>A branch's roster imported as a clerk does it: upload, the proposed column mapping, then the progress page until done.</summary>
public static class RosterUpload
{
    public static async Task ImportAsync(Browser clerk, int branchId, byte[] file, int rows)
    {
        var (_, form) = await clerk.GetAsync("/Members/Import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Browser.Token(form)), "__RequestVerificationToken" },
            { new StringContent(branchId.ToString(CultureInfo.InvariantCulture)), "Org" },
            { new ByteArrayContent(file), "Roster", "名册.xlsx" },
        };
        var upload = await clerk.Client.PostAsync("/Members/Import", content);
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var mapUrl = upload.Headers.Location!.OriginalString;
        var (_, map) = await clerk.GetAsync(mapUrl);
        map.QuerySelector("#summary")!.TextContent.ShouldContain($"共 {rows} 行，无误 {rows} 行", customMessage: map.Body!.TextContent);
        var fields = map.QuerySelectorAll("#mapping-form select").ToDictionary(
            s => s.GetAttribute("name")!, s => s.QuerySelector("option[selected]")?.GetAttribute("value") ?? "-1");
        fields["file"] = mapUrl.Split("file=")[1];
        var import = await clerk.PostFormAsync("/Members/Import/Map?handler=Import", fields, mapUrl);
        var progress = import.Headers.Location!.OriginalString;
        for (var i = 0; i < 600; i++)
        {
            var response = await clerk.Client.GetAsync(progress);
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                var (_, result) = await clerk.GetAsync(response.Headers.Location!.OriginalString);
                result.QuerySelector("#import-result")!.TextContent.ShouldContain($"已导入 {rows} 名党员");
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the roster import did not finish in 60 s");
    }
}
