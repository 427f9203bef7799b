using System.Linq.Expressions;
using System.Globalization;
using Dangjian.Core.Data;
using Dangjian.Core.Figures;
using Dangjian.Core.Imports;
using Dangjian.Core.Imports.Ledgers;
using Microsoft.EntityFrameworkCore;
using F = Dangjian.Core.Building.Projects.Ledger.ProjectSheetField;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Core.Loop.Contacts.Ledger;

namespace Dangjian.Core.Building.Projects.Ledger;

/// <summary>The 党建项目台账: one project per row, checked by the project form's own rules (<see cref="ProjectEntry.Check"/>).</summary>
public sealed class ProjectLedger : DatedLedger<ProjectSheetField, Project, IReadOnlyList<GuidanceKind>>
{
    private static readonly Dictionary<string, ProjectStatus> Statuses = BuildStatuses();

    public override string Code => "projects";
    public override string Title => "党建项目台账";
    public override string Description => "党建示范项目、党建+产业项目等项目的状态、资金和成效";
    public override IReadOnlyList<SheetColumn<ProjectSheetField>> Columns => ProjectSheet.Columns;
    public override IReadOnlyList<string> Notes => ProjectSheet.Notes;

    protected override Task<IReadOnlyList<GuidanceKind>> LoadAsync(AppDbContext db, LedgerScope scope, CancellationToken ct) =>
        VisibleKinds.LoadAsync(db, GuidanceFamily.Project, ct);

    protected override Project? Parse(LedgerCells<ProjectSheetField> cells, IReadOnlyList<GuidanceKind> kinds, LedgerScope scope)
    {
        var org = cells.Organization(F.Organization, scope);
        var kind = Kind(cells, kinds);
        var status = cells.Text(F.Status) is null ? null : cells.Choice(F.Status, Statuses);
        var amount = cells.Number(F.Amount, required: false, decimals: true, max: ProjectEntry.AmountMax * 10);
        var draft = new ProjectDraft(org?.Id, cells.Text(F.Name), kind, cells.AnyDate(F.StartedOn), status, cells.AnyDate(F.CompletedOn), cells.Text(F.Outcome), amount);
        var errors = new Dictionary<string, string>();
        var (name, outcome) = ProjectEntry.Check(draft, kinds, scope.Today, errors);
        foreach (var (field, given) in new[]
        {
            (nameof(ProjectDraft.KindId), cells.Text(F.Kind) is not null && kind is null),
            (nameof(ProjectDraft.Status), cells.Text(F.Status) is not null && status is null),
            (nameof(ProjectDraft.StartedOn), cells.Text(F.StartedOn) is not null && draft.StartedOn is null),
            (nameof(ProjectDraft.CompletedOn), cells.Text(F.CompletedOn) is not null && draft.CompletedOn is null),
        })
        {
            if (given)
            {
                // already reported as unreadable
                errors.Remove(field);
            }
        }

        cells.Problems(errors, ColumnOf);
        if (org is null || cells.HasProblems)
        {
            return null;
        }

        return new Project
        {
            OrganizationId = org.Id, Name = name!, KindId = kind!.Value, StartedOn = draft.StartedOn!.Value, Status = status!.Value, CompletedOn = draft.CompletedOn,
            Outcome = outcome, Amount = amount, EnteredAtUtc = scope.NowUtc, EnteredBy = scope.UserName,
        };
    }

    private static int? Kind(LedgerCells<ProjectSheetField> cells, IReadOnlyList<GuidanceKind> kinds)
    {
        var text = cells.Text(F.Kind);
        if (text is null)
        {
            return null;
        }

        if ((kinds.FirstOrDefault(k => k.Name == text) ?? kinds.FirstOrDefault(k => k.Code == text)) is { } kind)
        {
            return kind.Id;
        }

        cells.Problem(F.Kind, $"“{text}”不是本县的项目类别，可填：{string.Join("、", kinds.Select(k => k.Name))}。");
        return null;
    }

    private static F ColumnOf(string draftField) => draftField switch
    {
        nameof(ProjectDraft.Name) => F.Name,
        nameof(ProjectDraft.KindId) => F.Kind,
        nameof(ProjectDraft.Status) => F.Status,
        nameof(ProjectDraft.StartedOn) => F.StartedOn,
        nameof(ProjectDraft.CompletedOn) => F.CompletedOn,
        nameof(ProjectDraft.Amount) => F.Amount,
        nameof(ProjectDraft.Outcome) => F.Outcome,
        _ => F.Organization,
    };

    protected override string Key(Project p) =>
        string.Create(CultureInfo.InvariantCulture, $"{p.OrganizationId}|{p.StartedOn:yyyyMMdd}|{p.Name.Trim()}");

    protected override Expression<Func<Project, DateOnly>> DateColumn => p => p.StartedOn;

    protected override string Describe(Project p, LedgerScope scope)
    {
        var org = scope.Organizations.First(o => o.Id == p.OrganizationId);
        return $"{Day(p.StartedOn)} {org.ShortName ?? org.Name} {p.Name}（{GuidanceLabels.Of(p.Status)}{(p.Amount is { } a ? $"，{FigureFormat.Trimmed(a)}万元" : "")}）";
    }

    /// <summary>The projects started by the year's end and not completed before its start.</summary>
    protected override async Task<IReadOnlyList<string?[]>> ExportRowsAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var rows = await db.Projects.AsNoTracking()
            .Where(p => p.Organization!.Path.StartsWith(scope.Root.Path) && p.StartedOn <= to && (p.CompletedOn == null || p.CompletedOn >= from))
            .Include(p => p.Organization).Include(p => p.Kind).OrderBy(p => p.Organization!.Path).ThenBy(p => p.StartedOn).ThenBy(p => p.Id).ToListAsync(ct);
        return [.. rows.Select(p => new string?[]
        {
            LedgerScope.NameOf(p.Organization!), p.Name, p.Kind!.Name, GuidanceLabels.Of(p.Status), Day(p.StartedOn), p.CompletedOn is { } c ? Day(c) : null,
            p.Amount?.ToString("0.##########", CultureInfo.InvariantCulture), p.Outcome,
        })];
    }

    private static Dictionary<string, ProjectStatus> BuildStatuses()
    {
        var statuses = Enum.GetValues<ProjectStatus>().ToDictionary(GuidanceLabels.Of);
        foreach (var (alias, status) in new[]
        {
            ("计划中", ProjectStatus.Planned), ("未开工", ProjectStatus.Planned), ("实施中", ProjectStatus.UnderWay), ("进行中", ProjectStatus.UnderWay),
            ("已完成", ProjectStatus.Completed), ("完工", ProjectStatus.Completed), ("已完工", ProjectStatus.Completed),
        })
        {
            statuses.TryAdd(alias, status);
        }

        return statuses;
    }
}
