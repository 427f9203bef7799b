using System.Globalization;
using System.Text.RegularExpressions;
using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Dangjian.Core.Imports.Ledgers;
using Microsoft.EntityFrameworkCore;
using F = Dangjian.Core.Loop.HonorRoll.Ledger.HonorRollSheetField;
using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.Accountability.Ledger;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Loop.Talks.Ledger;

namespace Dangjian.Core.Loop.HonorRoll.Ledger;

/// <summary>
/// The 红黑榜台账: one listing per row, by the rules of the red/black list form (organizations below the importer's). The
/// year is the one the row gives (or its period's), never the year of the import; as the list has no date, a listing's
/// date for recognising it again is the first day of its year.
/// </summary>
public sealed partial class HonorRollLedger : FingerprintedLedger<HonorRollSheetField, HonorRollEntry, HonorRollLedger.Row, HonorRollLedger.None>
{
    public sealed class Row(HonorRollEntry entry) : Fingerprinted<HonorRollEntry>(entry)
    {
        protected override IEnumerable<string?> Fields(HonorRollEntry e) =>
            [e.OrganizationId.ToString(CultureInfo.InvariantCulture), e.Roll.ToString(), e.Year.ToString(CultureInfo.InvariantCulture), e.Period, e.Reason];
    }

    public sealed record None;

    private static readonly Dictionary<string, HonorRollColour> Rolls = new(StringComparer.Ordinal)
    {
        ["红榜"] = HonorRollColour.Red, ["黑榜"] = HonorRollColour.Black, ["红"] = HonorRollColour.Red, ["黑"] = HonorRollColour.Black, ["挂牌警示"] = HonorRollColour.Black,
    };

    public override string Code => "honor-roll";
    public override string Title => "红黑榜台账";
    public override string Description => "列入红榜、黑榜（挂牌警示）的党组织，上榜期间和理由";
    public override IReadOnlyList<SheetColumn<HonorRollSheetField>> Columns => HonorRollSheet.Columns;
    public override IReadOnlyList<string> Notes => HonorRollSheet.Notes;

    protected override Task<None> LoadAsync(AppDbContext db, LedgerScope scope, CancellationToken ct) => Task.FromResult(new None());

    protected override Row? Parse(LedgerCells<HonorRollSheetField> cells, None lookups, LedgerScope scope)
    {
        var org = cells.Organization(F.Organization, scope);
        var roll = cells.Choice(F.Roll, Rolls);
        var period = cells.Required(F.Period, 40)?.Trim();
        var reason = cells.Required(F.Reason, 1000);
        if (org is not null && org.Id == scope.Root.Id)
        {
            cells.Problem(F.Organization, "只能将本级以下的党组织列入红黑榜。");
        }

        var year = Year(cells, period, scope.Today);
        if (org is null || roll is null || period is null || reason is null || year is null || cells.HasProblems)
        {
            return null;
        }

        return new Row(new HonorRollEntry { OrganizationId = org.Id, Roll = roll.Value, Year = year.Value, Period = period, Reason = reason.Trim() });
    }

    /// <summary>The year column, else the period's leading year; a problem when neither, out of range, or the two disagree.</summary>
    private static int? Year(LedgerCells<HonorRollSheetField> cells, string? period, DateOnly today)
    {
        var match = period is null ? null : LeadingYear().Match(period);
        int? fromPeriod = match is { Success: true } ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        var text = cells.Text(F.Year);
        int? year;
        if (text is null)
        {
            if (fromPeriod is null && period is not null)
            {
                cells.Problem(F.Year, "请填写年度（或在期间开头写明年份，如“2025年第二季度”）。");
            }

            year = fromPeriod;
        }
        else if (int.TryParse(text.TrimEnd('年'), NumberStyles.None, CultureInfo.InvariantCulture, out var given))
        {
            year = given;
        }
        else
        {
            cells.Problem(F.Year, $"“{text}”不是有效的年度，请填写如 2025。");
            return null;
        }

        if (year is { } y && (y < 2000 || y > today.Year))
        {
            cells.Problem(F.Year, $"年度应在2000年到{today.Year}年之间。");
            return null;
        }

        if (year is not null && fromPeriod is not null && fromPeriod != year)
        {
            cells.Problem(F.Period, $"期间“{period}”的年份与年度{year}不一致。");
            return null;
        }

        return year;
    }

    protected override string Key(Row r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Entity.OrganizationId}|{(int)r.Entity.Roll}|{r.Entity.Year}|{r.Entity.Period.Trim()}");

    protected override int OrganizationOf(Row r) => r.Entity.OrganizationId;
    protected override DateOnly DateOf(Row r) => new(r.Entity.Year, 1, 1);
    protected override int IdOf(Row r) => r.Entity.Id;

    protected override IQueryable<Row> Stored(AppDbContext db, IReadOnlyCollection<int> organizationIds, DateOnly from, DateOnly to) =>
        db.HonorRollEntries.Where(e => organizationIds.Contains(e.OrganizationId) && e.Year >= from.Year && e.Year <= to.Year).Select(e => new Row(e));

    protected override IQueryable<Row> ByIds(AppDbContext db, IReadOnlyCollection<int> ids) => EntitiesByIds(db, ids).Select(e => new Row(e));

    protected override IQueryable<HonorRollEntry> EntitiesByIds(AppDbContext db, IReadOnlyCollection<int> ids) => db.HonorRollEntries.Where(e => ids.Contains(e.Id));

    protected override string Describe(Row r, LedgerScope scope)
    {
        var e = r.Entity;
        var org = scope.Organizations.First(o => o.Id == e.OrganizationId);
        return $"{e.Year}年 {e.Period} {AccountabilityLabels.Of(e.Roll)} {org.ShortName ?? org.Name}：{e.Reason}";
    }

    protected override async Task<IReadOnlyList<string?[]>> ExportRowsAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct)
    {
        var entries = await db.HonorRollEntries.AsNoTracking().Where(e => e.Organization!.Path.StartsWith(scope.Root.Path) && e.Year == year)
            .Include(e => e.Organization).OrderBy(e => e.Period).ThenBy(e => e.Roll).ThenBy(e => e.Organization!.Path).ThenBy(e => e.Id).ToListAsync(ct);
        return [.. entries.Select(e => new string?[]
        {
            LedgerScope.NameOf(e.Organization!), AccountabilityLabels.Of(e.Roll), e.Year.ToString(CultureInfo.InvariantCulture), e.Period, e.Reason,
        })];
    }

    [GeneratedRegex(@"^\s*(?<y>\d{4})\s*年")]
    private static partial Regex LeadingYear();
}
