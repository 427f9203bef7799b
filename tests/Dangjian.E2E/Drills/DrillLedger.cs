using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Web.Tests.Imports;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.E2E.Drills;

/// <summary>A generated 三会一课 ledger for the demo township's branches (everyone present), and the counts a crash must leave whole.</summary>
public static class DrillLedger
{
    public sealed record Counts(int Meetings, int Attendance, int Batches);

    public static async Task<List<string>> BranchesAsync(DrillDatabase database)
    {
        await using var db = DrillChecks.Open(database);
        var names = await db.Organizations.IgnoreQueryFilters()
            .Where(o => o.Parent!.Name == DemoCounty.DetailedTownshipName && o.Level == OrgLevel.Branch && o.IsActive)
            .Select(o => o.Name).ToListAsync();
        return [.. names.GroupBy(n => n).Where(g => g.Count() == 1).Select(g => g.Key).Order(StringComparer.Ordinal)];
    }

    public static async Task<byte[]> CreateAsync(int batch, int rows, IReadOnlyList<string> branches)
    {
        var data = Enumerable.Range(0, rows).Select(i => new string?[]
        {
            branches[i % branches.Count], "主题党日", new DateOnly(2024, 1, 1).AddDays(i / branches.Count % 700).ToString("yyyy-MM-dd"), $"演练{batch}号第{i}次主题党日",
        }).ToList();
        return await LedgerPages.XlsxAsync(["党组织", "会议类型", "召开日期", "会议主题"], data);
    }

    public static async Task<Counts> CountsAsync(DrillDatabase database)
    {
        await using var db = DrillChecks.Open(database);
        return new Counts(await db.Meetings.IgnoreQueryFilters().CountAsync(), await db.MeetingAttendances.IgnoreQueryFilters().CountAsync(),
            await db.ImportBatches.IgnoreQueryFilters().CountAsync());
    }
}
