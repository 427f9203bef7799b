using System.IO.Compression;
using System.Net;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>Rosters that pass the format check by their first bytes but cannot be read: a Chinese message beside the upload.</summary>
public sealed class MalformedUploadTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string, byte[]> Files => new()
    {
        { "名册.xlsx", Zip(("[Content_Types].xml", "<Types/>")) },
        { "名册.xlsx", Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook><sheets><sheet name=\"1\" r:id=\"x\"/>")) },
        { "名册.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]] },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_damaged_roster_is_refused_beside_the_upload(string name, byte[] bytes)
    {
        var clerk = await Browser.LoginAsync(app, "clerk");
        var (_, form) = await clerk.GetAsync("/Members/Import");
        await using var db = app.NewDbContext();
        var org = await db.Organizations.Where(o => o.Name == Core.Demo.DemoCounty.DetailedTownshipName).Select(o => o.Id).SingleAsync();
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(org.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Org" },
            { new ByteArrayContent(bytes), "Roster", name },
        };

        var response = await clerk.Client.PostAsync("/Members/Import", content);

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.Length > 300 ? body[..300] : body);
        Garbage.ShowsException(body).ShouldBeFalse();
        var page = await Browser.ParseAsync(response);
        var beside = page.QuerySelector("#Roster")!.NextElementSibling!;
        beside.Id.ShouldBe("upload-error");
        Garbage.IsChinese(beside.TextContent).ShouldBeTrue(beside.TextContent);
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entryName, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
                writer.Write(text);
            }
        }

        return memory.ToArray();
    }
}
