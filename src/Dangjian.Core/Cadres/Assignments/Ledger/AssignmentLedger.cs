using System.Linq.Expressions;
using System.Globalization;
using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Dangjian.Core.Imports.Ledgers;
using Microsoft.EntityFrameworkCore;
using F = Dangjian.Core.Cadres.Assignments.Ledger.AssignmentSheetField;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Core.Cadres.Assignments.Ledger;

/// <summary>The 选派干部台账: one assignment per row, checked by the assignment form's own rules (<see cref="AssignmentEntry.Check"/>).</summary>
public sealed class AssignmentLedger : DatedLedger<AssignmentSheetField, Assignment, object?>
{
    private static readonly Dictionary<string, AssignmentKind> Kinds = BuildKinds();

    public override string Code => "assignments";
    public override string Title => "选派干部台账";
    public override string Description => "选派到村（社区）的第一书记、党建指导员、驻村工作队队员、专职村书记及其后备干部";
    public override IReadOnlyList<SheetColumn<AssignmentSheetField>> Columns => AssignmentSheet.Columns;
    public override IReadOnlyList<string> Notes => AssignmentSheet.Notes;

    protected override Task<object?> LoadAsync(AppDbContext db, LedgerScope scope, CancellationToken ct) => Task.FromResult<object?>(null);

    protected override Assignment? Parse(LedgerCells<AssignmentSheetField> cells, object? lookups, LedgerScope scope)
    {
        var org = cells.Organization(F.Organization, scope);
        var kind = cells.Text(F.Kind) is null ? null : cells.Choice(F.Kind, Kinds);
        var draft = new AssignmentDraft(org?.Id, kind, cells.Text(F.Person), cells.Text(F.DispatchingUnit), cells.AnyDate(F.StartedOn), cells.AnyDate(F.EndedOn));
        var errors = new Dictionary<string, string>();
        var (person, unit) = AssignmentEntry.Check(draft, scope.Today, errors);
        if (cells.Text(F.Kind) is not null)
        {
            errors.Remove(nameof(AssignmentDraft.Kind));
        }

        if (cells.Text(F.StartedOn) is not null && draft.StartedOn is null)
        {
            errors.Remove(nameof(AssignmentDraft.StartedOn));
        }

        cells.Problems(errors, ColumnOf);
        if (org is null || cells.HasProblems)
        {
            return null;
        }

        return new Assignment
        {
            OrganizationId = org.Id, Kind = kind!.Value, PersonName = person!, DispatchingUnit = unit!, StartedOn = draft.StartedOn!.Value, EndedOn = draft.EndedOn,
        };
    }

    private static F ColumnOf(string draftField) => draftField switch
    {
        nameof(AssignmentDraft.Kind) => F.Kind,
        nameof(AssignmentDraft.PersonName) => F.Person,
        nameof(AssignmentDraft.DispatchingUnit) => F.DispatchingUnit,
        nameof(AssignmentDraft.StartedOn) => F.StartedOn,
        nameof(AssignmentDraft.EndedOn) => F.EndedOn,
        _ => F.Organization,
    };

    protected override string Key(Assignment a) =>
        string.Create(CultureInfo.InvariantCulture, $"{a.OrganizationId}|{(int)a.Kind}|{a.PersonName.Trim()}|{a.StartedOn:yyyyMMdd}");

    protected override Expression<Func<Assignment, DateOnly>> DateColumn => a => a.StartedOn;

    protected override string Describe(Assignment a, LedgerScope scope)
    {
        var org = scope.Organizations.First(o => o.Id == a.OrganizationId);
        return $"{Day(a.StartedOn)} {org.ShortName ?? org.Name} {CadreLabels.Of(a.Kind)}：{a.PersonName}（{a.DispatchingUnit}）";
    }

    /// <summary>The assignments in effect at some time in the year (started by its end, not ended before its start).</summary>
    protected override async Task<IReadOnlyList<string?[]>> ExportRowsAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => a.Organization!.Path.StartsWith(scope.Root.Path) && a.StartedOn <= to && (a.EndedOn == null || a.EndedOn >= from))
            .Include(a => a.Organization).OrderBy(a => a.Organization!.Path).ThenBy(a => a.StartedOn).ThenBy(a => a.Id).ToListAsync(ct);
        return [.. rows.Select(a => new string?[]
        {
            LedgerScope.NameOf(a.Organization!), CadreLabels.Of(a.Kind), a.PersonName, a.DispatchingUnit, Day(a.StartedOn), a.EndedOn is { } e ? Day(e) : null,
        })];
    }

    private static Dictionary<string, AssignmentKind> BuildKinds()
    {
        var kinds = Enum.GetValues<AssignmentKind>().ToDictionary(CadreLabels.Of);
        foreach (var (alias, kind) in new[]
        {
            ("驻村第一书记", AssignmentKind.FirstSecretary), ("指导员", AssignmentKind.Instructor), ("驻村工作队", AssignmentKind.WorkTeam),
            ("工作队队员", AssignmentKind.WorkTeam), ("专职村书记后备", AssignmentKind.FullTimeSecretaryReserve),
        })
        {
            kinds.TryAdd(alias, kind);
        }

        return kinds;
    }
}
