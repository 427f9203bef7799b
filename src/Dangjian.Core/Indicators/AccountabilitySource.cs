using System.Linq.Expressions;
using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Indicators;

/// <summary>Accountability cases (问责) decided in the year, one person each (人次); scope "own" or "subtree".</summary>
public sealed class AccountabilitySource() : RecordSource<AccountabilityCase>("accountability", "问责记录")
{
    protected override Expression<Func<AccountabilityCase, int>> Owner => a => a.OrganizationId;

    protected override IQueryable<AccountabilityCase> Select(IndicatorDefinition d, IndicatorContext c) =>
        InYear(c.Db.AccountabilityCases, d, c, a => a.DecidedOn, a => a.Organization!.Path);

    protected override async Task<IReadOnlyList<RecordRef>> ListAsync(IQueryable<AccountabilityCase> selected, IndicatorDefinition d, IndicatorContext c, CancellationToken ct)
    {
        var rows = await selected.OrderBy(a => a.DecidedOn).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.DecidedOn, a.PersonName, a.Measure, Org = a.Organization!.Name }).ToListAsync(ct);
        return rows.Select(a => new RecordRef("accountability-case", a.Id, SourceFigures.Label(a.DecidedOn, $"{a.Org} {a.PersonName}（{a.Measure}）"), a.DecidedOn)).ToList();
    }
}
