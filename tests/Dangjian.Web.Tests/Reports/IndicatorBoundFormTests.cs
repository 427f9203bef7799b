using System.Net;
using Dangjian.Core.Indicators;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Reports;

/// <summary>Replacing an income band keeps its upper bound (the band stays exclusive); a bound not above the threshold is refused beside it.</summary>
public sealed class IndicatorBoundFormTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<string> StoredJsonAsync()
    {
        await using var db = app.NewDbContext();
        var county = await db.Organizations.SingleAsync(o => o.ParentId == null);
        return (await db.CountyReportTemplates.AsNoTracking().SingleAsync(t => t.OrganizationId == county.Id)).Json;
    }

    [Fact]
    public async Task Replacing_a_band_keeps_its_upper_bound()
    {
        var county = await Browser.LoginAsync(app, "county");
        var (_, page) = await county.GetAsync("/Reports/Template/Indicators?id=income.bucket-10");
        var fields = TemplateForms.Fields(page);
        fields["Form.Below"].ShouldBe("15");
        fields["Form.Threshold"].ShouldBe("10");

        fields["Form.Below"] = "8";
        var refused = await county.PostFormAsync("/Reports/Template/Indicators", new(fields), "/Reports/Template/Indicators?id=income.bucket-10");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var before = await StoredJsonAsync();
        Beside.Message(await Browser.ParseAsync(refused), "Form.Below").ShouldBe("上限应大于阈值10。");
        (await StoredJsonAsync()).ShouldBe(before, "nothing saved");

        fields["Form.Below"] = "15";
        fields["Form.Name"] = "集体经济收入10万元至15万元的村";
        (await county.PostFormAsync("/Reports/Template/Indicators", new(fields), "/Reports/Template/Indicators?id=income.bucket-10")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = ReportTemplate.Parse(await StoredJsonAsync()).Indicators!.Single(d => d.Id == "income.bucket-10");
        (stored.Threshold, stored.Below, stored.Kind).ShouldBe((10m, 15m, IndicatorKind.BucketCount));
        stored.Name.ShouldBe("集体经济收入10万元至15万元的村");

        var (_, again) = await county.GetAsync("/Reports/Template/Indicators?id=income.bucket-10");
        TemplateForms.Fields(again)["Form.Below"].ShouldBe("15");
    }
}
