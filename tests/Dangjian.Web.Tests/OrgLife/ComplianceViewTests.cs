using System.Net;
using System.Text.Json;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Views;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.OrgLife;

/// <summary>The calendar, the heat map (table and chart data) and this month's gaps agree with the meeting records behind them.</summary>
public sealed class ComplianceViewTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Every_calendar_cell_agrees_with_the_records_it_links_to()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        var township = await OrgLifeWorld.OrgOfAsync(app, "clerk");
        await using var db = app.NewDbContext();
        // the demo's weak branch (fourth child) has missing committee meetings
        var weak = await db.Organizations.Where(o => o.ParentId == township.Id).OrderBy(o => o.SortOrder).Skip(3).FirstAsync();

        var (status, page) = await browser.GetAsync($"/OrgLife/Calendar?org={weak.Id}");

        status.ShouldBe(HttpStatusCode.OK);
        var cells = page.QuerySelectorAll("#calendar td.slot").ToList();
        cells.ShouldNotBeEmpty();
        cells.ShouldContain(c => c.GetAttribute("data-status") == "Missing");
        foreach (var cell in cells)
        {
            var state = Enum.Parse<Core.OrgLife.Compliance.SlotStatus>(cell.GetAttribute("data-status")!);
            var link = cell.QuerySelector("a")!;
            link.TextContent.ShouldBe(OrgLifeLabels.Of(state));
            var kind = Enum.Parse<MeetingKind>(cell.ParentElement!.GetAttribute("data-kind")!);
            var (_, records) = await browser.GetAsync(link.GetAttribute("href")!);
            var rows = records.QuerySelectorAll("#meetings tbody tr").Length;
            var start = DateOnly.Parse(cell.GetAttribute("data-start")!, System.Globalization.CultureInfo.InvariantCulture);
            var held = await db.Meetings.CountAsync(m => m.OrganizationId == weak.Id && m.HeldOn >= start && m.HeldOn.Month < start.Month + int.Parse(cell.GetAttribute("colspan") ?? "1")
                && m.HeldOn.Year == start.Year && (m.Kind == kind || (kind == MeetingKind.DemocraticAppraisal && m.IncludesDemocraticAppraisal)));
            rows.ShouldBe(held, $"{kind} {start}");
            if (state is Core.OrgLife.Compliance.SlotStatus.Held or Core.OrgLife.Compliance.SlotStatus.HeldLate)
            {
                held.ShouldBeGreaterThan(0, $"{kind} {start}");
            }

            if (state == Core.OrgLife.Compliance.SlotStatus.Missing)
            {
                held.ShouldBe(0, $"{kind} {start}");
            }
        }
    }

    [Fact]
    public async Task The_heat_map_table_and_chart_data_agree_and_a_recorded_meeting_turns_its_cell_compliant()
    {
        var township = await OrgLifeWorld.OrgOfAsync(app, "clerk");
        var browser = await Browser.LoginAsync(app, "clerk");
        var (status, page) = await browser.GetAsync($"/OrgLife/HeatMap?org={township.Id}");

        status.ShouldBe(HttpStatusCode.OK);
        await using var db = app.NewDbContext();
        var branchCount = await db.Organizations.CountAsync(o => o.Path.StartsWith(township.Path) && o.IsActive
            && (o.Level == Core.Organizations.OrgLevel.Branch || o.Level == Core.Organizations.OrgLevel.GeneralBranch));
        var rows = page.QuerySelectorAll("#heat-table tbody tr");
        rows.Length.ShouldBe(branchCount);
        rows.ShouldAllBe(r => r.QuerySelectorAll("td").Length == 12);
        using var chart = await HeatChart.DataAsync(browser, page);
        var cells = chart.RootElement.GetProperty("cells").EnumerateArray().ToList();
        cells.Count.ShouldBe(branchCount * 12);
        var names = chart.RootElement.GetProperty("rows").EnumerateArray().Select(e => e.GetString()).ToList();
        foreach (var c in cells.Take(60))
        {
            var row = rows[branchCount - 1 - c[1].GetInt32()];
            row.QuerySelector("th")!.TextContent.Trim().ShouldBe(names[c[1].GetInt32()]);
            ((int)Enum.Parse<HeatLevel>(row.QuerySelectorAll("td")[c[0].GetInt32()].GetAttribute("data-level")!)).ShouldBe(c[2].GetInt32());
        }

        // a past month where one monthly meeting kind is all that is missing
        var today = OrgLifeWorld.Today;
        var gap = rows.SelectMany(r => r.QuerySelectorAll("td").Select(td => (Org: int.Parse(r.GetAttribute("data-org")!), Td: td)))
            .First(x => x.Td.GetAttribute("data-level") == "Missing" && int.Parse(x.Td.GetAttribute("data-month")!) < today.Month
                && x.Td.GetAttribute("data-open") is "BranchCommittee" or "ThemeDay");
        var month = int.Parse(gap.Td.GetAttribute("data-month")!);
        var kind = Enum.Parse<MeetingKind>(gap.Td.GetAttribute("data-open")!);
        var members = await OrgLifeWorld.ActiveMembersAsync(app, gap.Org);
        var (_, form) = await browser.GetAsync($"/Meetings/Create?org={gap.Org}&kind={kind}");
        var fields = OrgLifeWorld.Fields(form);
        fields["Form.Topic"] = "补开会议";
        fields["Form.HeldOn"] = new DateOnly(today.Year, month, 15).ToString("yyyy-MM-dd");
        (await browser.Client.PostAsync("/Meetings/Create", new FormUrlEncodedContent(fields))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (_, after) = await browser.GetAsync($"/OrgLife/HeatMap?org={township.Id}");
        var cell = after.QuerySelector($"#heat-table tr[data-org='{gap.Org}'] td[data-month='{month}']")!;
        cell.GetAttribute("data-level").ShouldBe("HeldLate", "held now, entered long after the month: compliant, marked 补录");
        cell.TextContent.Trim().ShouldBe("合规（含补录）");
        var (_, list) = await browser.GetAsync(cell.QuerySelector("a")!.GetAttribute("href")!);
        list.QuerySelectorAll("#meetings tbody tr").ShouldContain(tr => tr.TextContent.Contains("补开会议"));
        members.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task This_months_gaps_list_what_is_still_due_and_drop_it_once_recorded()
    {
        var township = await OrgLifeWorld.OrgOfAsync(app, "clerk");
        var browser = await Browser.LoginAsync(app, "clerk");
        var (status, page) = await browser.GetAsync($"/OrgLife/Gaps?org={township.Id}");
        status.ShouldBe(HttpStatusCode.OK);
        var row = page.QuerySelectorAll("#gaps tbody tr").First();
        var org = int.Parse(row.GetAttribute("data-org")!);
        var kind = Enum.Parse<MeetingKind>(row.QuerySelector(".gap")!.GetAttribute("data-kind")!);
        var today = OrgLifeWorld.Today;
        await using (var db = app.NewDbContext())
        {
            var start = new DateOnly(today.Year, today.Month, 1);
            (await db.Meetings.AnyAsync(m => m.OrganizationId == org && m.Kind == kind && m.HeldOn >= start)).ShouldBeFalse();
        }

        var (_, form) = await browser.GetAsync(row.QuerySelector(".gap + a")!.GetAttribute("href")!);
        var fields = OrgLifeWorld.Fields(form);
        fields["Form.Kind"].ShouldBe(kind.ToString());
        fields["Form.Topic"] = "月底前补上";
        fields["Form.SpeakerName"] = "支部书记";
        (await browser.Client.PostAsync("/Meetings/Create", new FormUrlEncodedContent(fields))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (_, after) = await browser.GetAsync($"/OrgLife/Gaps?org={township.Id}");
        after.QuerySelector($"#gaps tr[data-org='{org}'] .gap[data-kind={kind}]").ShouldBeNull();
    }
}
