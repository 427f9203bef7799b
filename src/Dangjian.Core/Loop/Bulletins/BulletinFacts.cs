using Dangjian.Core.Data;
using Dangjian.Core.Loop.Inspections;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Loop.Bulletins;

public sealed record InspectionLine(string Title, InspectionKind Kind, int Round, DateOnly StartedOn, int Targets);

public sealed record FindingLine(string Organization, string Description);

/// <summary>
/// What a month's bulletin reports: the month's inspections and findings, and the rectification items it raised as they
/// stand at the month's end, or today while the month runs (<see cref="Through"/>: "3月底" / "12月3日", the template's
/// <see cref="PeriodWording"/>); overdue is 逾期 of <see cref="RectificationStates"/>.
/// </summary>
public sealed record BulletinFacts(
    string Issuer, int Year, int Month, IReadOnlyList<InspectionLine> Inspections, IReadOnlyList<FindingLine> Findings,
    int ItemsTotal, int ItemsSignedOff, int ItemsOverdue, IReadOnlyList<string> OverdueOrganizations, string Through)
{
    public static async Task<BulletinFacts> LoadAsync(AppDbContext db, int organizationId, int year, int month, DateOnly today, CancellationToken ct = default)
    {
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organizationId, ct);
        var issuer = organization.Name;
        var wording = (await ReportComposer.TemplateAsync(organization, db, ct)).Period ?? new PeriodWording();
        var from = new DateOnly(year, month, 1);
        var to = PeriodWording.MonthAsOf(year, month, today);
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
        var overdue = items.Where(RectificationStates.Is(RectificationState.Overdue, to));
        var overdueOrgs = await overdue.GroupBy(r => r.Organization!.Name).OrderBy(g => g.Key).Select(g => g.Key).ToListAsync(ct);
        return new BulletinFacts(issuer, year, month, inspections, findings, total, signedOff, await overdue.CountAsync(ct), overdueOrgs, wording.Month(year, month, today));
    }
}
