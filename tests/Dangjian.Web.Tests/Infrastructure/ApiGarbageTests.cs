using System.Net;
using System.Text;
using Dangjian.Web.Tests.Infrastructure;
using Shouldly;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>/api/meetings with query values that are not numbers, dates or kinds, and with bodies that are not JSON.</summary>
public sealed class ApiGarbageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("organizationId=10%20OR%201=1")]
    [InlineData("organizationId=abc")]
    [InlineData("organizationId=99999999999999")]
    [InlineData("from=9999-99-99")]
    [InlineData("to=yesterday")]
    [InlineData("kind=DROP%20TABLE")]
    [InlineData("kind=7")]
    public async Task A_garbage_query_is_a_Chinese_400(string query)
    {
        var clerk = await Browser.LoginAsync(app, "clerk");

        var response = await clerk.Client.GetAsync($"/api/meetings?{query}");

        await ShouldBeChineseProblemAsync(response);
    }

    [Theory]
    [InlineData("{\"organizationId\": ")]
    [InlineData("not json at all")]
    [InlineData("{\"organizationId\": \"abc\", \"heldOn\": \"9999-99-99\"}")]
    [InlineData("[1,2,3]")]
    public async Task A_malformed_body_is_a_Chinese_400(string body)
    {
        var clerk = await Browser.LoginAsync(app, "clerk");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/meetings") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");

        var response = await clerk.Client.SendAsync(request);

        await ShouldBeChineseProblemAsync(response);
    }

    private static async Task ShouldBeChineseProblemAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        Garbage.IsChinese(text).ShouldBeTrue(text);
        Garbage.ShowsException(text).ShouldBeFalse(text);
        text.ShouldNotContain("System.");
    }
}
