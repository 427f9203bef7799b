using System.Linq.Expressions;
using System.Globalization;
using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Dangjian.Core.Imports.Ledgers;
using Microsoft.EntityFrameworkCore;
using F = Dangjian.Core.Loop.Accountability.Ledger.AccountabilitySheetField;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.HonorRoll.Ledger;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Loop.Talks.Ledger;

namespace Dangjian.Core.Loop.Accountability.Ledger;

/// <summary>The 问责台账: one accountability decision for one person per row, by the rules of the accountability form.</summary>
public sealed class AccountabilityLedger : DatedFingerprintedLedger<AccountabilitySheetField, AccountabilityCase, AccountabilityLedger.Row, AccountabilityLedger.None>
{
    public sealed class Row(AccountabilityCase decision) : Fingerprinted<AccountabilityCase>(decision)
    {
        protected override IEnumerable<string?> Fields(AccountabilityCase c) =>
            [c.OrganizationId.ToString(CultureInfo.InvariantCulture), Day(c.DecidedOn), c.PersonName, c.Measure, c.Reason];
    }

    public sealed record None;

    public override string Code => "accountability";
    public override string Title => "问责台账";
    public override string Description => "通报批评、诫勉谈话、党纪处分等问责决定，每人一条";
    public override IReadOnlyList<SheetColumn<AccountabilitySheetField>> Columns => AccountabilitySheet.Columns;
    public override IReadOnlyList<string> Notes => AccountabilitySheet.Notes;

    protected override Task<None> LoadAsync(AppDbContext db, LedgerScope scope, CancellationToken ct) => Task.FromResult(new None());

    protected override Row? Parse(LedgerCells<AccountabilitySheetField> cells, None lookups, LedgerScope scope)
    {
        var org = cells.Text(F.Organization) is null ? scope.Root : cells.Organization(F.Organization, scope);
        var decidedOn = cells.Date(F.DecidedOn, scope.Today);
        var person = cells.Required(F.PersonName, 40);
        var measure = cells.Required(F.Measure, 100);
        var reason = cells.Required(F.Reason, 1000);
        if (org is null || decidedOn is null || person is null || measure is null || reason is null || cells.HasProblems)
        {
            return null;
        }

        return new Row(new AccountabilityCase
        {
            OrganizationId = org.Id, DecidedOn = decidedOn.Value, PersonName = person.Trim(), Measure = measure.Trim(), Reason = reason.Trim(),
        });
    }

    protected override string Key(Row r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Entity.OrganizationId}|{r.Entity.DecidedOn:yyyyMMdd}|{r.Entity.PersonName.Trim()}|{r.Entity.Measure.Trim()}");

    protected override Expression<Func<AccountabilityCase, DateOnly>> DateColumn => c => c.DecidedOn;

    protected override Expression<Func<AccountabilityCase, Row>> Wrap => c => new Row(c);

    protected override string Describe(Row r, LedgerScope scope)
    {
        var c = r.Entity;
        var org = scope.Organizations.First(o => o.Id == c.OrganizationId);
        return $"{c.DecidedOn:yyyy-MM-dd} {org.ShortName ?? org.Name} {c.PersonName}（{c.Measure}）：{c.Reason}";
    }

    protected override async Task<IReadOnlyList<string?[]>> ExportRowsAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var cases = await db.AccountabilityCases.AsNoTracking()
            .Where(c => c.Organization!.Path.StartsWith(scope.Root.Path) && c.DecidedOn >= from && c.DecidedOn <= to)
            .Include(c => c.Organization).OrderBy(c => c.Organization!.Path).ThenBy(c => c.DecidedOn).ThenBy(c => c.Id).ToListAsync(ct);
        return [.. cases.Select(c => new string?[] { LedgerScope.NameOf(c.Organization!), Day(c.DecidedOn), c.PersonName, c.Measure, c.Reason })];
    }
}
