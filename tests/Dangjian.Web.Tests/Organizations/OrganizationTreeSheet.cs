using Dangjian.Web.Tests.Imports;
using Dangjian.Web.Tests.Infrastructure;
using Shouldly;

namespace Dangjian.Web.Tests.Organizations;

/// <summary>An organization tree entered as a county enters it at go-live: a sheet on /Organizations/Import.</summary>
internal static class OrganizationTreeSheet
{
    public static readonly string[] Headers = ["组织编码", "组织名称", "组织层级", "组织类别", "上级组织编码", "简称", "书记姓名", "成立日期"];

    /// <summary>The county imports organization rows (<see cref="Headers"/>) on the organization import page: preview, confirm, and the count created.</summary>
    public static async Task ImportAsync(Browser county, List<string?[]> rows, int count)
    {
        var file = await LedgerPages.XlsxAsync(Headers, rows);
        var (_, form) = await county.GetAsync("/Organizations/Import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Browser.Token(form)), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "Sheet", "组织架构.xlsx" },
        };
        var preview = await Browser.ParseAsync(await county.Client.PostAsync("/Organizations/Import?handler=Preview", content));
        var payload = preview.QuerySelector("input[name=Payload]")?.GetAttribute("value");
        payload.ShouldNotBeNull(preview.QuerySelector("#problems")?.TextContent);
        var done = await county.PostFormAsync("/Organizations/Import?handler=Import", new() { ["Payload"] = payload, ["Confirm"] = "true" }, "/Organizations/Import");
        (await Browser.ParseAsync(done)).QuerySelector("#imported")!.TextContent.ShouldContain($"新建 {count} 个党组织");
    }
}
