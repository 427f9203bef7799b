using System.Globalization;
using Dangjian.Core.Building;
using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Dangjian.Core.Imports.Ledgers;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;
using F = Dangjian.Core.Building.Honours.Ledger.HonourSheetField;

namespace Dangjian.Core.Building.Honours.Ledger;

/// <summary>
/// The 表彰台账: one honour per row, by the rules of the honour form (the county's names, a person only on an individual
/// honour, dated on the day conferred, any past year). A person's name that matches exactly one active member of the
/// organization links the honour to that member, as the form does.
/// </summary>
public sealed class HonourLedger : FingerprintedLedger<HonourSheetField, Honour, HonourLedger.Row, HonourLedger.Lookups>
{
    public sealed class Row(Honour honour) : Fingerprinted<Honour>(honour)
    {
        protected override IEnumerable<string?> Fields(Honour h) =>
        [
            h.OrganizationId.ToString(CultureInfo.InvariantCulture), h.HonourNameId.ToString(CultureInfo.InvariantCulture), h.Level.ToString(),
            h.ConferredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), h.MemberId?.ToString(CultureInfo.InvariantCulture), h.PersonName, h.ConferredBy, h.Note,
        ];
    }

    /// <summary>The county's honour names by name, and per organization the active members' ids by name.</summary>
    public sealed record Lookups(IReadOnlyDictionary<string, HonourName> Names, IReadOnlyDictionary<(int Org, string Name), List<int>> Members);

    private static readonly Dictionary<string, TitleLevel> Levels =
        Enum.GetValues<TitleLevel>().ToDictionary(TitleLevels.Of, l => l, StringComparer.Ordinal);

    public override string Code => "honours";
    public override string Title => "表彰台账";
    public override string Description => "党组织和个人受到的各级表彰（先进基层党组织、优秀共产党员、优秀党务工作者等）";
    public override IReadOnlyList<SheetColumn<HonourSheetField>> Columns => HonourSheet.Columns;
    public override IReadOnlyList<string> Notes => HonourSheet.Notes;

    protected override async Task<Lookups> LoadAsync(AppDbContext db, LedgerScope scope, CancellationToken ct)
    {
        var names = await db.HonourNames.AsNoTracking().Where(n => n.Target != HonourTarget.Title).ToListAsync(ct);
        var orgs = scope.Organizations.Select(o => o.Id).ToList();
        var members = await db.Members.AsNoTracking().Where(m => orgs.Contains(m.OrganizationId) && m.State == MemberState.Active)
            .Select(m => new { m.Id, m.OrganizationId, m.Name }).ToListAsync(ct);
        return new Lookups(
            names.GroupBy(n => n.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
            members.GroupBy(m => (m.OrganizationId, m.Name)).ToDictionary(g => g.Key, g => g.Select(m => m.Id).ToList()));
    }

    protected override Row? Parse(LedgerCells<HonourSheetField> cells, Lookups lookups, LedgerScope scope)
    {
        var org = cells.Organization(F.Organization, scope);
        var nameText = cells.Required(F.Name, HonourNames.NameMax)?.Trim();
        HonourName? name = null;
        if (nameText is not null && !lookups.Names.TryGetValue(nameText, out name))
        {
            cells.Problem(F.Name, $"“{nameText}”不是本县的表彰名称，请先由县委组织部在“表彰名称”中增加。");
        }
        else if (name is { Retired: true })
        {
            cells.Problem(F.Name, $"表彰名称“{name.Name}”已停用。");
        }

        var level = cells.Choice(F.Level, Levels);
        var on = cells.Date(F.ConferredOn, scope.Today);
        var person = cells.Optional(F.Person, HonourEntry.PersonNameMax)?.Trim();
        var by = cells.Optional(F.ConferredBy, HonourEntry.ConferredByMax)?.Trim();
        var note = cells.Optional(F.Note, HonourEntry.NoteMax)?.Trim();
        if (name?.Target == HonourTarget.Organization && person is not null)
        {
            cells.Problem(F.Person, $"“{name.Name}”是集体表彰，不填写姓名。");
        }
        else if (name?.Target == HonourTarget.Individual && person is null)
        {
            cells.Problem(F.Person, "个人表彰请填写姓名。");
        }

        if (org is null || name is null || level is null || on is null || cells.HasProblems)
        {
            return null;
        }

        int? member = person is not null && lookups.Members.TryGetValue((org.Id, person), out var ids) && ids.Count == 1 ? ids[0] : null;
        return new Row(new Honour
        {
            OrganizationId = org.Id, HonourNameId = name.Id, Level = level.Value, ConferredOn = on.Value,
            MemberId = member, PersonName = member is null ? person : null, ConferredBy = by, Note = note,
            EnteredBy = scope.UserName, EnteredAtUtc = scope.NowUtc,
        });
    }

    protected override string Key(Row r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Entity.OrganizationId}|{r.Entity.HonourNameId}|{(int)r.Entity.Level}|{r.Entity.ConferredOn.Year}|{r.Entity.MemberId}|{r.Entity.PersonName}");

    protected override int OrganizationOf(Row r) => r.Entity.OrganizationId;
    protected override DateOnly DateOf(Row r) => r.Entity.ConferredOn;
    protected override int IdOf(Row r) => r.Entity.Id;

    // Whole years: the key compares the year, so a stored honour earlier in the same year must be found too.
    protected override IQueryable<Row> Stored(AppDbContext db, IReadOnlyCollection<int> organizationIds, DateOnly from, DateOnly to)
    {
        var start = new DateOnly(from.Year, 1, 1);
        var end = new DateOnly(to.Year, 12, 31);
        return db.Honours.Where(h => organizationIds.Contains(h.OrganizationId) && h.ConferredOn >= start && h.ConferredOn <= end).Select(h => new Row(h));
    }

    protected override IQueryable<Row> ByIds(AppDbContext db, IReadOnlyCollection<int> ids) => EntitiesByIds(db, ids).Select(h => new Row(h));

    protected override IQueryable<Honour> EntitiesByIds(AppDbContext db, IReadOnlyCollection<int> ids) => db.Honours.Where(h => ids.Contains(h.Id));

    protected override string Describe(Row r, LedgerScope scope)
    {
        var h = r.Entity;
        var org = scope.Organizations.First(o => o.Id == h.OrganizationId);
        var who = h.PersonName ?? (h.MemberId is null ? null : "名册党员");
        return $"{h.ConferredOn:yyyy-MM-dd} {TitleLevels.Of(h.Level)} {org.ShortName ?? org.Name}{(who is null ? "" : "：" + who)}";
    }

    protected override async Task<IReadOnlyList<string?[]>> ExportRowsAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var honours = await db.Honours.AsNoTracking().Where(h => h.Organization!.Path.StartsWith(scope.Root.Path) && h.ConferredOn >= from && h.ConferredOn <= to)
            .Include(h => h.Organization).Include(h => h.HonourName).Include(h => h.Member)
            .OrderBy(h => h.ConferredOn).ThenBy(h => h.Organization!.Path).ThenBy(h => h.Id).ToListAsync(ct);
        return [.. honours.Select(h => new string?[]
        {
            LedgerScope.NameOf(h.Organization!), h.HonourName!.Name, TitleLevels.Of(h.Level), h.ConferredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            h.Member?.Name ?? h.PersonName, h.ConferredBy, h.Note,
        })];
    }
}
