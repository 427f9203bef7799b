using Dangjian.Core.Data;
using Dangjian.Core.Inspections;
using Dangjian.Core.Rectification;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Bulletins;

public sealed record InspectionLine(string Title, InspectionKind Kind, int Round, DateOnly StartedOn, int Targets);

public sealed record FindingLine(string Organization, string Description);

/// <summary>What a month's bulletin reports: the month's inspections and findings, and rectification status at month end.</summary>
public sealed record BulletinFacts(
    string Issuer, int Year, int Month, IReadOnlyList<InspectionLine> Inspections, IReadOnlyList<FindingLine> Findings,
    int ItemsTotal, int ItemsSignedOff, int ItemsOverdue, IReadOnlyList<string> OverdueOrganizations)
{
    public static async Task<BulletinFacts> LoadAsync(AppDbContext db, int organizationId, int year, int month, CancellationToken ct = default)
    {
        var issuer = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Name).SingleAsync(ct);
        var from = new DateOnly(year, month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        var inspections = await db.Inspections.AsNoTracking()
            .Where(i => i.OrganizationId == organizationId && i.StartedOn >= from && i.StartedOn <= to)
            .OrderBy(i => i.StartedOn).ThenBy(i => i.Id)
            .Select(i => new InspectionLine(i.Title, i.Kind, i.Round, i.StartedOn, i.Targets.Count)).ToListAsync(ct);
        var findings = await db.Findings.AsNoTracking()
            .Where(f => f.Inspection!.OrganizationId == organizationId && f.Inspection.StartedOn >= from && f.Inspection.StartedOn <= to)
            .OrderBy(f => f.Organization!.Path).ThenBy(f => f.Id)
            .Select(f => new FindingLine(f.Organization!.Name, f.Description)).ToListAsync(ct);
        var items = db.RectificationItems.Where(r => r.RaisedById == organizationId && r.RaisedOn <= to);
        var total = await items.CountAsync(ct);
        var signedOff = await items.CountAsync(r => r.SignedOffOn != null && r.SignedOffOn <= to, ct);
        var overdue = items.Where(r => r.Deadline < to && (r.SignedOffOn == null || r.SignedOffOn > to));
        var overdueOrgs = await overdue.GroupBy(r => r.Organization!.Name).OrderBy(g => g.Key).Select(g => g.Key).ToListAsync(ct);
        return new BulletinFacts(issuer, year, month, inspections, findings, total, signedOff, await overdue.CountAsync(ct), overdueOrgs);
    }
}
