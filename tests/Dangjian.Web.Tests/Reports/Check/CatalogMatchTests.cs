using System.Net;
using Dangjian.Core.Categories;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Core.Statistics;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Reports.Check;

/// <summary>
/// Issue #17: figures the report template does not print are matched to the county's catalog by name and unit — a county
/// statistic, a county category — and computed for the township and year; an ambiguous name stays 未对应 with its candidates.
/// Year 2012: the demo county has no records then, so every value below is the one this test enters.
/// </summary>
public sealed class CatalogMatchTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const int Year = 2012;

    [Fact]
    public async Task Figures_the_template_does_not_print_are_checked_against_county_statistics_and_categories()
    {
        int township;
        await using (var db = app.NewDbContext())
        {
            var town = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
            township = town.Id;
            var county = await db.Organizations.SingleAsync(o => o.Level == OrgLevel.CountyCommittee);
            var villages = await db.Organizations.Where(o => o.ParentId == town.Id).OrderBy(o => o.Id).Take(2).ToListAsync();
            YearlyStatistic Statistic(string code, string name, string unit) => new() { OrganizationId = county.Id, Code = code, Name = name, Unit = unit };
            var pioneers = Statistic("test.pioneer-households", "先锋富民示范户", "户");
            db.YearlyStatistics.AddRange(pioneers, Statistic("test.red-property", "红色物业示范小区", "个"),
                Statistic("test.centre-households", "党员中心户", "户"), Statistic("test.linked-households", "中心户联系户", "户"));
            db.StatisticValues.Add(new StatisticValue { OrganizationId = villages[0].Id, Statistic = pioneers, Year = Year, Value = 50 });
            db.StatisticValues.Add(new StatisticValue { OrganizationId = villages[1].Id, Statistic = pioneers, Year = Year, Value = 78 });
            var disabled = new RecordTag { OrganizationId = county.Id, Family = RecordFamily.Service, Code = "test-disabled", Name = "助残服务", Unit = "次" };
            db.RecordTags.Add(disabled);
            for (var i = 0; i < 3; i++)
            {
                db.ServiceRecords.Add(new ServiceRecord
                {
                    OrganizationId = villages[i % 2].Id, Kind = ServiceKind.Volunteer, Tag = disabled, HeldOn = new DateOnly(Year, 5, 1 + i), Title = $"助残服务{i}", People = 4,
                });
            }

            await db.SaveChangesAsync();
        }

        var browser = await Browser.LoginAsync(app, "secretary");
        var text = "一、履职情况\n全镇培育先锋富民示范户128户，建成红色物业示范小区2个。\n开展助残服务5次，确定党员中心户联系户20户。";
        var response = await browser.PostFormAsync($"/Reports/Check?org={township}&year={Year}", new() { ["Input.Text"] = text });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await Browser.ParseAsync(response);
        var rows = html.QuerySelectorAll("#figures tbody tr").ToDictionary(r => r.QuerySelectorAll("td")[1].TextContent, r => r);
        string Verdict(string subject) => System.Text.RegularExpressions.Regex.Replace(rows[subject].QuerySelectorAll("td")[5].TextContent, @"\s+", "");

        Verdict("全镇培育先锋富民示范户").ShouldBe("与记录一致（记录：128户）");
        rows["全镇培育先锋富民示范户"].QuerySelector("a")!.GetAttribute("href").ShouldBe($"/Reports/Figure?org={township}&year={Year}&indicator=statistic.test.pioneer-households");
        Verdict("建成红色物业示范小区").ShouldBe("无记录支撑（记录：没有记录）");
        Verdict("开展助残服务").ShouldBe("与记录不符（记录：3次）");
        var records = rows["开展助残服务"].QuerySelector("a")!.GetAttribute("href")!;
        records.ShouldBe($"/Reports/Figure?org={township}&year={Year}&indicator=category.Service.test-disabled");
        var (status, figure) = await browser.GetAsync(records);
        status.ShouldBe(HttpStatusCode.OK, "the figure page knows the catalog the checker matched against");
        figure.Body!.TextContent.ShouldContain("助残服务2");
        Verdict("确定党员中心户联系户").ShouldBe("未对应（可能是：党员中心户、中心户联系户，请写明是哪一项）");
        rows["确定党员中心户联系户"].QuerySelector("a").ShouldBeNull();
    }
}
