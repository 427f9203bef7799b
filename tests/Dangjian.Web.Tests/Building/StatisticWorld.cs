using System.Net;
using Dangjian.Core.Statistics;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Building;

/// <summary>Yearly statistics as the county defines them: through its page.</summary>
public static class StatisticWorld
{
    /// <param name="villageBranchesOnly">reported by village 党支部 only; otherwise by every organization.</param>
    public static async Task<YearlyStatistic> DefineAsync(AppFactory app, string code, string name, string unit, int decimals, bool villageBranchesOnly = true)
    {
        var county = await Browser.LoginAsync(app, "county");
        var response = await county.PostFormAsync("/Building/StatisticDefinitions", new()
        {
            ["Form.Code"] = code, ["Form.Name"] = name, ["Form.Unit"] = unit, ["Form.Decimals"] = decimals.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Sectors"] = villageBranchesOnly ? "Village" : "", ["Form.Levels"] = villageBranchesOnly ? "Branch" : "",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.NewDbContext();
        return await db.YearlyStatistics.AsNoTracking().SingleAsync(s => s.Code == code);
    }
}
