using System.Net;
using Dangjian.Core.Members;
using Dangjian.Core.Members.Export;
using Dangjian.Web.Tests.Infrastructure;
using Shouldly;

namespace Dangjian.E2E.Drills;

/// <summary>A generated roster of valid members (distinct IDs and phones per batch) and the web steps that import it all-or-nothing.</summary>
public sealed class DrillRoster
{
    private static readonly string[] Headers = ["姓名", "性别", "出生日期", "身份证号", "入党时间", "学历", "人员类别", "联系电话"];

    private DrillRoster(byte[] xlsx, IReadOnlyList<string> ids, IReadOnlyList<string> phones) => (Xlsx, Ids, Phones) = (xlsx, ids, phones);

    public byte[] Xlsx { get; }
    public IReadOnlyList<string> Ids { get; }
    public IReadOnlyList<string> Phones { get; }
    public int Rows => Ids.Count;

    public static async Task<DrillRoster> CreateAsync(int batch, int rows)
    {
        var ids = new List<string>();
        var phones = new List<string>();
        var data = new List<string?[]>();
        for (var i = 0; i < rows; i++)
        {
            var birth = new DateOnly(1950, 1, 1).AddDays((batch * 7 + i) % 9000);
            var sex = i % 2 == 0 ? Sex.Male : Sex.Female;
            var id = FictionalResidentId.Create($"99{batch:00}{i / 450 % 100:00}", birth, sex, i % 450 + 1);
            var phone = $"19{batch:00}{i:0000000}";
            ids.Add(id);
            phones.Add(phone);
            data.Add(["演练" + batch + "号" + i, sex == Sex.Male ? "男" : "女", birth.ToString("yyyy-MM-dd"), id, "2005-07-01", "高中", "正式党员", phone]);
        }

        using var stream = new MemoryStream();
        await XlsxStreamWriter.WriteAsync(stream, "Sheet1", Headers, data.ToAsyncEnumerable());
        return new DrillRoster(stream.ToArray(), ids, phones);
    }

    /// <summary>Uploads, previews and starts the all-or-nothing import as the township clerk; returns the progress page.</summary>
    public async Task<string> StartImportAsync(Browser browser)
    {
        var (_, form) = await browser.GetAsync("/Members/Import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("#Org option[selected]")!.GetAttribute("value")!), "Org" },
            { new ByteArrayContent(Xlsx), "Roster", "演练名册.xlsx" },
        };
        var upload = await browser.Client.PostAsync("/Members/Import", content);
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect, await upload.Content.ReadAsStringAsync());
        var mapUrl = upload.Headers.Location!.OriginalString;
        var (_, map) = await browser.GetAsync(mapUrl);
        map.QuerySelector("#summary")!.TextContent.ShouldContain($"无误 {Rows} 行");
        var fields = map.QuerySelectorAll("#mapping-form select").ToDictionary(
            s => s.GetAttribute("name")!, s => s.QuerySelector("option[selected]")?.GetAttribute("value") ?? "-1");
        fields["file"] = mapUrl.Split("file=")[1];
        var import = await browser.PostFormAsync("/Members/Import/Map?handler=Import", fields, mapUrl);
        import.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return import.Headers.Location!.OriginalString;
    }
}
