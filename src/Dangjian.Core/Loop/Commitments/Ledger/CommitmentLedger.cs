using System.Linq.Expressions;
using System.Globalization;
using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Dangjian.Core.Imports.Ledgers;
using Microsoft.EntityFrameworkCore;
using F = Dangjian.Core.Loop.Commitments.Ledger.CommitmentSheetField;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Loop.Service.Ledger;

namespace Dangjian.Core.Loop.Commitments.Ledger;

/// <summary>
/// The commitment ledger: one row per public commitment of an organization or its secretary, with its progress and the
/// date it was fulfilled; counted in the year of its due date, as the entry form does (<see cref="CommitmentRules"/>).
/// </summary>
public sealed class CommitmentLedger : DatedLedger<CommitmentSheetField, Commitment, CommitmentLedger.None>
{
    public sealed record None;

    public override string Code => "commitments";
    public override string Title => "公开承诺事项台账";
    public override string Description => "党组织和党组织书记的年度公开承诺事项、进展情况和兑现日期（履诺率）";
    public override IReadOnlyList<SheetColumn<CommitmentSheetField>> Columns => CommitmentSheet.Columns;
    public override IReadOnlyList<string> Notes => CommitmentSheet.Notes;

    protected override Task<None> LoadAsync(AppDbContext db, LedgerScope scope, CancellationToken ct) => Task.FromResult(new None());

    protected override Commitment? Parse(LedgerCells<CommitmentSheetField> cells, None lookups, LedgerScope scope)
    {
        var org = cells.Organization(F.Organization, scope);
        var secretary = cells.Optional(F.SecretaryName, CommitmentRules.SecretaryNameMax);
        var content = cells.Required(F.Content, CommitmentRules.ContentMax);
        var dueOn = DueOn(cells);
        var progress = cells.Optional(F.Progress, CommitmentRules.ProgressMax);
        var fulfilledOn = cells.Date(F.FulfilledOn, scope.Today, required: false);
        if (org is null || content is null || dueOn is null || cells.HasProblems)
        {
            return null;
        }

        return new Commitment
        {
            OrganizationId = org.Id, Year = dueOn.Value.Year, SecretaryName = secretary?.Trim(), Content = content.Trim(), DueOn = dueOn.Value,
            Progress = progress?.Trim(), FulfilledOn = fulfilledOn,
        };
    }

    /// <summary>A deadline may lie ahead (the entry form takes any date), unlike the date a fact happened.</summary>
    private static DateOnly? DueOn(LedgerCells<F> cells)
    {
        var text = cells.Text(F.DueOn);
        if (text is null)
        {
            cells.Problem(F.DueOn, "完成时限不能为空。");
            return null;
        }

        var date = SheetDate.Parse(text);
        if (date is null)
        {
            cells.Problem(F.DueOn, $"“{text}”不是有效的日期，请填写如 2026-12-31。");
        }
        else if (date.Value.Year < 2000)
        {
            cells.Problem(F.DueOn, $"{date:yyyy-MM-dd}早于2000年，请核对。");
            return null;
        }

        return date;
    }

    protected override string Key(Commitment c) =>
        string.Create(CultureInfo.InvariantCulture, $"{c.OrganizationId}|{c.SecretaryName?.Trim()}|{c.DueOn:yyyyMMdd}|{c.Content.Trim()}");

    protected override Expression<Func<Commitment, DateOnly>> DateColumn => c => c.DueOn;

    protected override string Describe(Commitment c, LedgerScope scope)
    {
        var org = scope.Organizations.First(o => o.Id == c.OrganizationId);
        var who = c.SecretaryName is { } s ? $"{org.ShortName ?? org.Name} 书记{s}" : org.ShortName ?? org.Name;
        return $"{who}：{c.Content}（{c.DueOn:yyyy-MM-dd}前，{(c.FulfilledOn is { } f ? $"{f:yyyy-MM-dd}兑现" : "未兑现")}）";
    }

    protected override async Task<IReadOnlyList<string?[]>> ExportRowsAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct)
    {
        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => c.Organization!.Path.StartsWith(scope.Root.Path) && c.Year == year)
            .Include(c => c.Organization)
            .OrderBy(c => c.Organization!.Path).ThenBy(c => c.DueOn).ThenBy(c => c.Id)
            .ToListAsync(ct);
        return [.. commitments.Select(c => new string?[]
        {
            LedgerScope.NameOf(c.Organization!), c.SecretaryName, c.Content, c.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Progress,
            c.FulfilledOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        })];
    }
}
