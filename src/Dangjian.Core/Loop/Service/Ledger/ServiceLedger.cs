using System.Linq.Expressions;
using System.Globalization;
using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Dangjian.Core.Imports.Ledgers;
using Microsoft.EntityFrameworkCore;
using F = Dangjian.Core.Loop.Service.Ledger.ServiceSheetField;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Commitments.Ledger;

namespace Dangjian.Core.Loop.Service.Ledger;

/// <summary>The 为民办实事和志愿服务台账, by the rules of the service form (service records have no version: fingerprinted).</summary>
public sealed class ServiceLedger : DatedFingerprintedLedger<ServiceSheetField, ServiceRecord, ServiceLedger.Row, LedgerTags>
{
    public sealed class Row(ServiceRecord record) : Fingerprinted<ServiceRecord>(record)
    {
        protected override IEnumerable<string?> Fields(ServiceRecord r) =>
            [r.OrganizationId.ToString(CultureInfo.InvariantCulture), r.Kind.ToString(), Day(r.HeldOn), r.Title, r.Team, r.People.ToString(CultureInfo.InvariantCulture), r.TagId?.ToString(CultureInfo.InvariantCulture)];
    }

    private static readonly Dictionary<string, ServiceKind> Kinds = new()
    {
        [ServiceSheet.Deed] = ServiceKind.Deed, ["办实事"] = ServiceKind.Deed, ["我为群众办实事"] = ServiceKind.Deed,
        [ServiceSheet.Volunteer] = ServiceKind.Volunteer, ["志愿服务活动"] = ServiceKind.Volunteer,
    };

    public override string Code => "service";
    public override string Title => "为民办实事和志愿服务台账";
    public override string Description => "为民办实事的件数，志愿服务活动的次数、服务队和人次";
    public override IReadOnlyList<SheetColumn<ServiceSheetField>> Columns => ServiceSheet.Columns;
    public override IReadOnlyList<string> Notes => ServiceSheet.Notes;

    protected override Task<LedgerTags> LoadAsync(AppDbContext db, LedgerScope scope, CancellationToken ct) =>
        LedgerTags.LoadAsync(db, RecordFamily.Service, ct);

    protected override Row? Parse(LedgerCells<ServiceSheetField> cells, LedgerTags tags, LedgerScope scope)
    {
        var org = cells.Organization(F.Organization, scope);
        var kind = cells.Choice(F.Kind, Kinds);
        var heldOn = cells.Date(F.HeldOn, scope.Today);
        var title = cells.Required(F.Title, 200);
        var team = cells.Optional(F.Team, 100);
        var people = cells.Number(F.People, required: false, max: 100_000);
        var tag = tags.Read(cells, F.Tag);
        if (org is null || kind is null || heldOn is null || title is null || cells.HasProblems)
        {
            return null;
        }

        return new Row(new ServiceRecord
        {
            OrganizationId = org.Id, Kind = kind.Value, HeldOn = heldOn.Value, Title = title.Trim(), Team = team?.Trim(), People = (int)(people ?? 0), TagId = tag,
        });
    }

    protected override string Key(Row r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Entity.OrganizationId}|{r.Entity.Kind}|{r.Entity.HeldOn:yyyyMMdd}|{r.Entity.Title.Trim()}");

    protected override Expression<Func<ServiceRecord, DateOnly>> DateColumn => r => r.HeldOn;

    protected override Expression<Func<ServiceRecord, Row>> Wrap => r => new Row(r);

    protected override string Describe(Row r, LedgerScope scope)
    {
        var s = r.Entity;
        var org = scope.Organizations.First(o => o.Id == s.OrganizationId);
        return $"{Day(s.HeldOn)} {org.ShortName ?? org.Name} {KindText(s.Kind)}：{s.Title}（{s.People}人）";
    }

    protected override async Task<IReadOnlyList<string?[]>> ExportRowsAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var records = await db.ServiceRecords.AsNoTracking().Where(r => r.Organization!.Path.StartsWith(scope.Root.Path) && r.HeldOn >= from && r.HeldOn <= to)
            .Include(r => r.Organization).Include(r => r.Tag).ThenInclude(t => t!.Parent).OrderBy(r => r.Organization!.Path).ThenBy(r => r.HeldOn).ThenBy(r => r.Id).ToListAsync(ct);
        return [.. records.Select(r => new string?[]
        {
            LedgerScope.NameOf(r.Organization!), KindText(r.Kind), Day(r.HeldOn), r.Title, r.Team, r.People.ToString(CultureInfo.InvariantCulture), r.Tag?.FullName,
        })];
    }

    private static string KindText(ServiceKind kind) => kind == ServiceKind.Deed ? ServiceSheet.Deed : ServiceSheet.Volunteer;
}
