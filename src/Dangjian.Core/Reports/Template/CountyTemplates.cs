using System.Text.Json;
using System.Text.Json.Serialization;
using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Operations;
using Dangjian.Core.Meetings;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Reports.Template;

/// <summary>
/// A county's template row (<see cref="CountyReportTemplate"/>): the parts of <see cref="ReportTemplate"/> the county gives,
/// read through the scoped context and saved under optimistic concurrency (the version the editor started from).
/// </summary>
public sealed class CountyTemplates(AppDbContext db) : IOperation
{
    /// <summary>As stored: parts the county does not give are left out (null), so they follow the default.</summary>
    public static readonly JsonSerializerOptions Json = new(IndicatorCatalog.Json)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true,
    };

    public const int MaxJsonLength = 64000;

    public Task<CountyReportTemplate?> FindAsync(int countyId, CancellationToken ct = default) =>
        db.CountyReportTemplates.SingleOrDefaultAsync(t => t.OrganizationId == countyId, ct);

    public static ReportTemplate Parts(CountyReportTemplate? row) => row is null ? new ReportTemplate() : ReportTemplate.Parse(row.Json);

    public static string Serialize(ReportTemplate parts) => JsonSerializer.Serialize(parts, Json);

    /// <summary>Same content (records holding lists do not compare by value).</summary>
    public static bool Same<T>(T a, T b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json);

    /// <summary>The parts given by the templates of the organization and its ancestors (in practice its county), over nothing.</summary>
    public async Task<ReportTemplate> PartsForAsync(Organization organization, CancellationToken ct = default)
    {
        var ancestors = OrgPaths.Ancestors(organization.Path);
        var json = await OfAncestors.For(db)(db, ancestors).ToListAsync(ct);
        return json.Aggregate(new ReportTemplate(), (parts, county) => parts.With(ReportTemplate.Parse(county)));
    }

    private static readonly CompiledPerModel<Func<AppDbContext, List<int>, IAsyncEnumerable<string>>> OfAncestors =
        new(() => EF.CompileAsyncQuery((AppDbContext db, List<int> ancestors) =>
            db.CountyReportTemplates.AsNoTracking().Where(t => ancestors.Contains(t.OrganizationId)).OrderBy(t => t.Id).Select(t => t.Json)));

    /// <summary>
    /// Stores the county's parts if its row is still at <paramref name="version"/> (0: no row yet), in one transaction with
    /// its audit entries; its id, or null when someone saved meanwhile.
    /// </summary>
    public async Task<int?> SaveAsync(int countyId, ReportTemplate parts, int version, CancellationToken ct = default)
    {
        var row = await FindAsync(countyId, ct);
        if ((row?.Version ?? 0) != version)
        {
            return null;
        }

        var added = row is null;
        if (row is null)
        {
            row = new CountyReportTemplate { OrganizationId = countyId, Json = Serialize(parts) };
            db.CountyReportTemplates.Add(row);
        }
        else
        {
            db.Entry(row).Property(t => t.Version).OriginalValue = version;
            row.Json = Serialize(parts);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return row.Id;
        }
        catch (DbUpdateConcurrencyException)
        {
            return null;
        }
        catch (DbUpdateException) when (added)
        {
            // another editor created the county's row first (organization_id is unique)
            db.Entry(row).State = EntityState.Detached;
            if (await db.CountyReportTemplates.AnyAsync(t => t.OrganizationId == countyId, ct))
            {
                return null;
            }

            throw;
        }
    }
}
