using System.Net;
using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Indicators;
using Dangjian.Core.Time;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Imports;

/// <summary>The 问责台账: a past year's decisions, counted in that year, recognised on re-import, undone unless edited since, round-tripped.</summary>
public sealed class AccountabilityLedgerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Headers = ["问责单位", "决定日期", "被问责人", "问责方式", "问责事由"];

    [Fact]
    public async Task Template_has_the_columns_an_example_and_an_explanation_sheet()
    {
        var browser = await Browser.LoginAsync(app, "clerk");
        var response = await browser.Client.GetAsync("/Imports/Ledger?kind=accountability&handler=Template");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        LedgerPages.SheetNames(bytes).ShouldBe(["问责台账", "填写说明"]);
        var rows = LedgerPages.Rows(bytes);
        rows[0].ShouldBe(["问责单位", "决定日期*", "被问责人*", "问责方式*", "问责事由*"]);
        rows[1].Length.ShouldBe(rows[0].Length);
        LedgerPages.Rows(bytes, 1).ShouldContain(r => r.Length == 4 && r[0] == "问责方式" && r[1] == "必填" && r[2].Contains("诫勉谈话"));
    }

    [Fact]
    public async Task A_past_years_decisions_are_imported_counted_in_that_year_recognised_on_reimport_and_undone()
    {
        var (township, branches) = await LedgerBranches.OfClerkAsync(app);
        var today = app.Clock.Today();
        var year = today.Year - 1;
        var before = await CasesAsync(township.Id, year, today);
        var thisYear = await CasesAsync(township.Id, today.Year, today);
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [null, $"{year}-06-18", "导入问责甲", "诫勉谈话", "导入问责：履职不力"],
            [branches[0].Name, $"{year}年12月1日", "导入问责乙", "通报批评", "导入问责：台账造假"],
        ]);
        var browser = await Browser.LoginAsync(app, "clerk");
        var preview = await LedgerPages.CheckAsync(browser, "accountability", file);
        preview.QuerySelector("#preview-summary")!.TextContent.ShouldContain("将新登记 2 条，0 条系统中已有");
        await LedgerPages.ConfirmAsync(browser, "accountability", preview);

        int batchId;
        await using (var db = app.NewDbContext())
        {
            var cases = await db.AccountabilityCases.Where(c => c.Reason.StartsWith("导入问责")).OrderBy(c => c.DecidedOn).ToListAsync();
            cases.Count.ShouldBe(2);
            cases[0].ShouldSatisfyAllConditions(
                c => c.OrganizationId.ShouldBe(township.Id), c => c.DecidedOn.ShouldBe(new DateOnly(year, 6, 18)), c => c.PersonName.ShouldBe("导入问责甲"),
                c => c.Measure.ShouldBe("诫勉谈话"), c => c.Reason.ShouldBe("导入问责：履职不力"));
            cases[1].ShouldSatisfyAllConditions(
                c => c.OrganizationId.ShouldBe(branches[0].Id), c => c.DecidedOn.ShouldBe(new DateOnly(year, 12, 1)), c => c.Measure.ShouldBe("通报批评"));
            batchId = (await db.ImportBatches.SingleAsync(b => b.Ledger == "accountability" && b.Records.Any(r => r.RecordId == cases[0].Id))).Id;
            (await db.AuditEntries.CountAsync(e => e.TargetType == nameof(AccountabilityCase) && cases.Select(c => c.Id.ToString()).Contains(e.TargetId!))).ShouldBe(2);
        }

        (await CasesAsync(township.Id, year, today)).ShouldBe(before + 2);
        (await CasesAsync(township.Id, today.Year, today)).ShouldBe(thisYear);
        (await LedgerPages.CheckAsync(browser, "accountability", file)).QuerySelector("#preview-summary")!.TextContent.ShouldContain("2 行都已在系统中");

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undone").ShouldNotBeNull();
        (await CasesAsync(township.Id, year, today)).ShouldBe(before);
    }

    [Fact]
    public async Task A_batch_whose_decision_was_edited_since_cannot_be_undone()
    {
        var year = app.Clock.Today().Year - 1;
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, "accountability", await LedgerPages.XlsxAsync(Headers, [[null, $"{year}-07-07", "修改问责甲", "通报批评", "修改问责：一"]]));
        int batchId;
        await using (var db = app.NewDbContext())
        {
            batchId = (await db.ImportBatches.Where(b => b.Ledger == "accountability").OrderByDescending(b => b.Id).FirstAsync()).Id;
            (await db.AccountabilityCases.SingleAsync(c => c.Reason == "修改问责：一")).Measure = "诫勉谈话";
            await db.SaveChangesAsync();
        }

        (await LedgerPages.UndoAsync(browser, batchId)).QuerySelector("#undo-error")!.TextContent.ShouldContain("1条已被修改");
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_row_and_column_and_nothing_is_written()
    {
        var year = app.Clock.Today().Year - 1;
        var file = await LedgerPages.XlsxAsync(Headers,
        [
            [null, $"{year}-03-01", "坏行问责甲", "通报批评", "坏行问责：正常"],        // 2 fine
            [null, "某天", "坏行问责乙", "通报批评", "坏行问责"],                        // 3 date
            [null, $"{year}-03-01", new string('名', 41), "通报批评", "坏行问责"],       // 4 name too long
            [null, $"{year}-03-01", "坏行问责丙", null, "坏行问责"],                      // 5 no measure
            ["查无此组织", $"{year}-03-01", "坏行问责丁", "通报批评", "坏行问责"],       // 6 organization
            [null, $"{year}-03-01", "坏行问责甲", "通报批评", "坏行问责：正常"],          // 7 repeats row 2
        ]);
        var page = await LedgerPages.CheckAsync(await Browser.LoginAsync(app, "clerk"), "accountability", file);
        var problems = LedgerPages.Problems(page);
        problems.ShouldContain(p => p[0] == "3" && p[1] == "决定日期" && p[2].Contains("某天"));
        problems.ShouldContain(p => p[0] == "4" && p[1] == "被问责人" && p[2].Contains("40"));
        problems.ShouldContain(p => p[0] == "5" && p[1] == "问责方式" && p[2].Contains("不能为空"));
        problems.ShouldContain(p => p[0] == "6" && p[1] == "问责单位" && p[2].Contains("查无此组织"));
        problems.ShouldContain(p => p[0] == "7" && p[2].Contains("与第2行"));
        problems.ShouldNotContain(p => p[0] == "2");
        await using var db = app.NewDbContext();
        (await db.AccountabilityCases.CountAsync(c => c.Reason.StartsWith("坏行问责"))).ShouldBe(0);
    }

    [Fact]
    public async Task Export_gives_the_template_layout_and_imports_back_to_the_same_records()
    {
        var (_, branches) = await LedgerBranches.OfClerkAsync(app);
        var year = app.Clock.Today().Year - 2;
        var browser = await Browser.LoginAsync(app, "clerk");
        await LedgerPages.ImportAsync(browser, "accountability", await LedgerPages.XlsxAsync(Headers,
        [
            [null, $"{year}-03-03", "往返问责甲", "党纪处分", "往返问责：一"],
            [branches[1].Name, $"{year}-08-08", "往返问责乙", "诫勉谈话", "往返问责：二"],
        ]));
        var before = await SnapshotAsync();
        before.Count.ShouldBe(2);
        var exported = await LedgerPages.ExportAsync(browser, "accountability", year);
        LedgerPages.Rows(exported)[0].ShouldBe(["问责单位", "决定日期*", "被问责人*", "问责方式*", "问责事由*"]);
        await LedgerPages.AssertImportsBackAsync(app, browser, "accountability", exported, before, () => SnapshotAsync());
    }

    [Fact]
    public async Task A_branch_secretary_who_does_not_enter_decisions_is_refused() =>
        await LedgerRefusals.AssertRefusedAsync(app, "branch", "accountability", "问责台账");

    private async Task<decimal> CasesAsync(int townshipId, int year, DateOnly today)
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == townshipId);
        return (await new IndicatorService(db, IndicatorCatalog.Builtin, today).ComputeAsync("accountability.cases", township, year)).Figure?.Value ?? 0;
    }

    private async Task<List<string>> SnapshotAsync()
    {
        await using var db = app.NewDbContext();
        var cases = await db.AccountabilityCases.Where(c => c.Reason.StartsWith("往返问责")).ToListAsync();
        return [.. cases.OrderBy(c => c.DecidedOn).Select(c => $"{c.OrganizationId}|{c.DecidedOn}|{c.PersonName}|{c.Measure}|{c.Reason}")];
    }
}
