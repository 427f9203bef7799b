using System.Linq.Expressions;
using System.Globalization;
using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Dangjian.Core.Imports.Ledgers;
using Microsoft.EntityFrameworkCore;
using F = Dangjian.Core.Loop.Contacts.Ledger.ContactPointSheetField;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Building.Projects.Ledger;
using Dangjian.Core.Guidance;

namespace Dangjian.Core.Loop.Contacts.Ledger;

/// <summary>
/// The 联系点台账: one contact point per row, checked by the contact-point form's own rules (<see cref="ContactPointEntry.Check"/>).
/// A leader's name that is the name of one leader account (of a committee above the organization) is that account, as the
/// form would have it chosen; any other name is kept as typed.
/// </summary>
public sealed class ContactPointLedger : DatedLedger<ContactPointSheetField, ContactPoint, ContactPointLedger.Lookups>
{
    public sealed record Lookups(IReadOnlyList<LeaderAccount> Accounts, IReadOnlyList<GuidanceKind> Kinds);

    public override string Code => "contact-points";
    public override string Title => "领导联系点台账";
    public override string Description => "乡镇（县）党委领导包抓、联系的党组织及联系点类别";
    public override IReadOnlyList<SheetColumn<ContactPointSheetField>> Columns => ContactPointSheet.Columns;
    public override IReadOnlyList<string> Notes => ContactPointSheet.Notes;

    protected override async Task<Lookups> LoadAsync(AppDbContext db, LedgerScope scope, CancellationToken ct) =>
        new(await LeaderAccounts.LoadAsync(db, ct), await VisibleKinds.LoadAsync(db, GuidanceFamily.ContactPoint, ct));

    protected override ContactPoint? Parse(LedgerCells<ContactPointSheetField> cells, Lookups lookups, LedgerScope scope)
    {
        var org = cells.Organization(F.Organization, scope);
        var leader = cells.Optional(F.Leader, ContactPointEntry.NameMax)?.Trim();
        int? account = null;
        if (leader is not null)
        {
            var named = lookups.Accounts.Where(a => a.Name == leader).ToList();
            if (named.Count > 1 && org is not null)
            {
                named = named.Where(a => org.Path.StartsWith(a.OrganizationPath, StringComparison.Ordinal) && org.Id != a.OrganizationId).ToList();
            }

            if (named.Count > 1)
            {
                cells.Problem(F.Leader, $"有{named.Count}个账号的姓名是“{leader}”，无法区分，请在“领导联系点”页面逐条录入。");
            }

            account = named.Count == 1 ? named[0].Id : null;
        }

        var kind = Kind(cells, lookups.Kinds);
        var draft = new ContactPointDraft(org?.Id, account, account is null ? leader : null, kind, cells.AnyDate(F.StartedOn), cells.AnyDate(F.EndedOn), cells.Text(F.Note));
        var errors = new Dictionary<string, string>();
        var (leaderName, note) = ContactPointEntry.Check(draft, org, lookups.Accounts, lookups.Kinds, scope.Today, errors);
        if (kind is null && cells.Text(F.Kind) is not null)
        {
            errors.Remove(nameof(ContactPointDraft.KindId));
        }

        if (leader is null && cells.Text(F.Leader) is not null)
        {
            errors.Remove(nameof(ContactPointDraft.LeaderUserId));
            errors.Remove(nameof(ContactPointDraft.LeaderName));
        }

        if (cells.Text(F.StartedOn) is not null && draft.StartedOn is null)
        {
            errors.Remove(nameof(ContactPointDraft.StartedOn));
        }

        cells.Problems(errors, ColumnOf);
        if (org is null || cells.HasProblems)
        {
            return null;
        }

        return new ContactPoint
        {
            OrganizationId = org.Id, LeaderUserId = account, LeaderName = leaderName!, KindId = kind!.Value, StartedOn = draft.StartedOn!.Value,
            EndedOn = draft.EndedOn, Note = note, EnteredAtUtc = scope.NowUtc, EnteredBy = scope.UserName,
        };
    }

    private static int? Kind(LedgerCells<ContactPointSheetField> cells, IReadOnlyList<GuidanceKind> kinds)
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

        cells.Problem(F.Kind, $"“{text}”不是本县的联系点类别，可填：{string.Join("、", kinds.Select(k => k.Name))}。");
        return null;
    }

    private static F ColumnOf(string draftField) => draftField switch
    {
        nameof(ContactPointDraft.LeaderUserId) or nameof(ContactPointDraft.LeaderName) => F.Leader,
        nameof(ContactPointDraft.KindId) => F.Kind,
        nameof(ContactPointDraft.StartedOn) => F.StartedOn,
        nameof(ContactPointDraft.EndedOn) => F.EndedOn,
        nameof(ContactPointDraft.Note) => F.Note,
        _ => F.Organization,
    };

    protected override string Key(ContactPoint c) =>
        string.Create(CultureInfo.InvariantCulture, $"{c.OrganizationId}|{c.KindId}|{c.LeaderName.Trim()}|{c.StartedOn:yyyyMMdd}");

    protected override Expression<Func<ContactPoint, DateOnly>> DateColumn => c => c.StartedOn;

    protected override string Describe(ContactPoint c, LedgerScope scope)
    {
        var org = scope.Organizations.First(o => o.Id == c.OrganizationId);
        return $"{Day(c.StartedOn)} {c.LeaderName}联系{org.ShortName ?? org.Name}{(c.LeaderUserId is null ? "（无账号）" : "")}";
    }

    /// <summary>Visits recorded on an imported contact point tie it down: they would lose the point they belong to.</summary>
    protected override async Task<string?> BuiltOnAsync(AppDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var visited = await db.ContactVisits.Where(v => ids.Contains(v.ContactPointId)).Select(v => v.ContactPointId).Distinct().CountAsync(ct);
        return visited == 0 ? null : $"其中{visited}个联系点在导入后登记了走访，不能整批撤销。";
    }

    /// <summary>The contact points in effect at some time in the year.</summary>
    protected override async Task<IReadOnlyList<string?[]>> ExportRowsAsync(AppDbContext db, LedgerScope scope, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var rows = await db.ContactPoints.AsNoTracking()
            .Where(c => c.Organization!.Path.StartsWith(scope.Root.Path) && c.StartedOn <= to && (c.EndedOn == null || c.EndedOn >= from))
            .Include(c => c.Organization).Include(c => c.Kind).OrderBy(c => c.Organization!.Path).ThenBy(c => c.StartedOn).ThenBy(c => c.Id).ToListAsync(ct);
        return [.. rows.Select(c => new string?[]
        {
            c.LeaderName, LedgerScope.NameOf(c.Organization!), c.Kind!.Name, Day(c.StartedOn), c.EndedOn is { } e ? Day(e) : null, c.Note,
        })];
    }
}
