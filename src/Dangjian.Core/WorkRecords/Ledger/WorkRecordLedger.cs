using System.Globalization;
using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Figures;
using Dangjian.Core.Imports;
using Dangjian.Core.Imports.Ledgers;
using Dangjian.Core.Meetings;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using F = Dangjian.Core.WorkRecords.Ledger.WorkRecordSheetField;

namespace Dangjian.Core.WorkRecords.Ledger;

/// <summary>
/// The work-record ledger: one row per counted activity, its category among those the entry form offers
/// (<see cref="VisibleCategories"/>), checked against the form's limits (<see cref="WorkRecordRules"/>). The typed 带队领导 is
/// linked to a leader's account when exactly one of the organization's leaders (<see cref="MeetingSpeakers"/>) has that name;
/// otherwise the name is kept as typed and the row is not refused for it.
/// </summary>
public sealed class WorkRecordLedger : Ledger<WorkRecordSheetField, WorkRecord, WorkRecordLedger.Lookups>
{
    /// <summary>The categories the entry form offers, the county's work-record tags and each organization's leaders.</summary>
    public sealed record Lookups(IReadOnlyList<WorkCategory> Categories, LedgerTags Tags, IReadOnlyDictionary<int, IReadOnlyList<SpeakerAccount>> Leaders);

    public override string Code => "work-records";
    public override string Title => "党建工作记录台账";
    public override string Description => "党建调研、督导检查、宣讲、培训班、考察学习、研讨交流、文化活动、争取资金等工作的次数、人次和金额";
    public override IReadOnlyList<SheetColumn<WorkRecordSheetField>> Columns => WorkRecordSheet.Columns;
    public override IReadOnlyList<string> Notes => WorkRecordSheet.Notes;

    protected override async Task<Lookups> LoadAsync(AppDbContext db, LedgerScope scope, CancellationToken ct) =>
        new(await VisibleCategories.LoadAsync(db, ct), await LedgerTags.LoadAsync(db, RecordFamily.Work, ct),
            await MeetingSpeakers.LoadForAsync(db, scope.Organizations, null, ct));

    protected override WorkRecord? Parse(LedgerCells<WorkRecordSheetField> cells, Lookups lookups, LedgerScope scope)
    {
        var categories = lookups.Categories;
        var org = cells.Organization(F.Organization, scope);
        var category = Category(cells, categories);
        var heldOn = cells.Date(F.HeldOn, scope.Today);
        var title = cells.Required(F.Title, WorkRecordRules.TitleMax);
        var quantity = cells.Number(F.Quantity, required: false, decimals: true, max: (decimal)WorkRecordRules.QuantityMax) ?? (cells.Text(F.Quantity) is null ? 1m : (decimal?)null);
        if (quantity is < (decimal)WorkRecordRules.QuantityMin)
        {
            cells.Problem(F.Quantity, "数量应大于0。");
        }

        var participants = cells.Number(F.Participants, required: false, max: WorkRecordRules.ParticipantsMax);
        if (participants == 0)
        {
            cells.Problem(F.Participants, "参加人次应为正整数。");
        }
        else if (participants is not null && category is { ParticipantUnit: null })
        {
            cells.Problem(F.Participants, $"“{category.Name}”不统计参加人次，请清空本格。");
        }

        var ledBy = cells.Optional(F.LedBy, WorkRecordRules.LedByMax);
        var place = cells.Optional(F.Place, WorkRecordRules.PlaceMax);
        var notes = cells.Optional(F.Notes, WorkRecordRules.NotesMax);
        var tag = lookups.Tags.Read(cells, F.Tag);
        if (org is null || category is null || heldOn is null || title is null || quantity is null || cells.HasProblems)
        {
            return null;
        }

        var leader = lookups.Leaders.TryGetValue(org.Id, out var leaders) ? MeetingSpeakers.Named(leaders, ledBy) : null;
        return new WorkRecord
        {
            OrganizationId = org.Id, CategoryId = category.Id, HeldOn = heldOn.Value, Title = title.Trim(), Quantity = quantity.Value,
            Participants = participants is { } p ? (int)p : null, LedBy = ledBy?.Trim(), LedByUserId = leader?.Id, Place = place?.Trim(), Notes = notes?.Trim(), TagId = tag,
            EnteredByProxy = scope.IsProxyFor(org.Id), EnteredAtUtc = scope.NowUtc, EnteredBy = scope.UserName,
        };
    }

    private static WorkCategory? Category(LedgerCells<F> cells, IReadOnlyList<WorkCategory> categories)
    {
        var text = cells.Text(F.Category);
        if (text is null)
        {
            cells.Problem(F.Category, $"工作类别不能为空，可填：{string.Join("、", categories.Select(c => c.Name))}。");
            return null;
        }

        var category = categories.FirstOrDefault(c => c.Name == text) ?? categories.FirstOrDefault(c => c.Code == text);
        if (category is null)
        {
            cells.Problem(F.Category, $"“{text}”不是系统中的工作类别，可填：{string.Join("、", categories.Select(c => c.Name))}。");
        }

        return category;
    }

    protected override string Key(WorkRecord w) =>
        string.Create(CultureInfo.InvariantCulture, $"{w.OrganizationId}|{w.CategoryId}|{w.HeldOn:yyyyMMdd}|{w.Title.Trim()}");

    protected override int OrganizationOf(WorkRecord w) => w.OrganizationId;
    protected override DateOnly DateOf(WorkRecord w) => w.HeldOn;
    protected override int IdOf(WorkRecord w) => w.Id;

    protected override IQueryable<WorkRecord> Stored(AppDbContext db, IReadOnlyCollection<int> organizationIds, DateOnly from, DateOnly to) =>
        db.WorkRecords.Where(w => organizationIds.Contains(w.OrganizationId) && w.HeldOn >= from && w.HeldOn <= to);

    protected override IQueryable<WorkRecord> ByIds(AppDbContext db, IReadOnlyCollection<int> ids) => db.WorkRecords.Where(w => ids.Contains(w.Id));

    protected override string Describe(WorkRecord w, LedgerScope scope)
    {
        var org = scope.Organizations.First(o => o.Id == w.OrganizationId);
        return $"{w.HeldOn:yyyy-MM-dd} {org.ShortName ?? org.Name} {w.Title}（数量{FigureFormat.Trimmed(w.Quantity)}{(w.Participants is { } p ? $"，{p}人次" : "")}）";
    }

    protected override async Task<IReadOnlyList<string?[]>> ExportRowsAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var records = await db.WorkRecords.AsNoTracking()
            .Where(w => w.Organization!.Path.StartsWith(scope.Root.Path) && w.HeldOn >= from && w.HeldOn <= to)
            .Include(w => w.Organization).Include(w => w.Category).Include(w => w.Tag).ThenInclude(t => t!.Parent)
            .OrderBy(w => w.Organization!.Path).ThenBy(w => w.HeldOn).ThenBy(w => w.Id)
            .ToListAsync(ct);
        return [.. records.Select(w => new string?[]
        {
            LedgerScope.NameOf(w.Organization!), w.Category!.Name, w.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), w.Title,
            w.Quantity.ToString("0.##########", CultureInfo.InvariantCulture), w.Participants?.ToString(CultureInfo.InvariantCulture),
            w.LedBy, w.Place, w.Notes, w.Tag?.FullName,
        })];
    }
}
