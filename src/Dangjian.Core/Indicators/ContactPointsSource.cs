using System.Linq.Expressions;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Core.Account;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Leaders' contact points (包抓/联系点) under the township in force at some time in the year, by kind
/// (<see cref="IndicatorDefinition.Filter"/>: kind codes, "weak,lagging"). Scope "secretary": those whose leader is the
/// account of the township's secretary (a relation to the account, not a match on a name). Counts only.
/// </summary>
public sealed class ContactPointsSource() : RecordSource<ContactPoint>("contacts", "联系点")
{
    protected override Expression<Func<ContactPoint, int>> Owner => p => p.OrganizationId;

    protected override IQueryable<ContactPoint> Select(IndicatorDefinition d, IndicatorContext c)
    {
        var codes = Codes(d.Filter);
        var (path, from, to) = (c.Path, c.From, c.To);
        var rows = c.Db.ContactPoints.Under(p => p.Organization!.Path, path).Where(p => p.StartedOn <= to && (p.EndedOn == null || p.EndedOn >= from));
        if (codes.Count > 0)
        {
            rows = rows.Where(p => codes.Contains(p.Kind!.Code));
        }

        return d.Scope == "secretary" ? rows.Where(p => p.LeaderUserId != null && Secretaries(c).Contains(p.LeaderUserId.Value)) : rows;
    }

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<ContactPoint> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(p => p.StartedOn).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.StartedOn, p.LeaderName, Kind = p.Kind!.Name, Org = p.Organization!.Name }).ToListAsync(ct);
        return rows.Select(p => new RecordRef("contact-point", p.Id, SourceFigures.Label(p.StartedOn, $"{p.LeaderName}联系{p.Org}（{p.Kind}）"), p.StartedOn)).ToList();
    }

    /// <summary>Accounts of the organization itself holding the township secretary's role.</summary>
    internal static IQueryable<int> Secretaries(IndicatorContext c)
    {
        var id = c.Organization.Id;
        var db = c.Db;
        return db.Users.Where(u => u.OrganizationId == id)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.TownshipSecretary)))
            .Select(u => u.Id);
    }

    internal static List<string> Codes(string? filter) =>
        (filter ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
