using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Development;

/// <summary>One open case and what it needs next.</summary>
public sealed record DueItem(DevelopmentCase Case, NextDue Next)
{
    public string OrganizationName => Case.Organization?.Name ?? "";
}

/// <summary>Open cases in scope (optionally under one organization) with their next step, most urgent first.</summary>
public sealed class DueList(AppDbContext db)
{
    public async Task<IReadOnlyList<DueItem>> LoadAsync(string? underPath, CancellationToken ct = default)
    {
        var query = db.DevelopmentCases.AsNoTracking().Include(c => c.Organization).Include(c => c.Steps)
            .Where(c => c.State == CaseState.Open || c.LastStep < StepNumbers.Last && c.State == CaseState.Converted);
        if (underPath is not null)
        {
            query = query.Where(c => c.Organization!.Path.StartsWith(underPath));
        }

        var calendar = await WorkingCalendar.LoadAsync(db, ct);
        var cases = await query.OrderBy(c => c.Organization!.Path).ThenBy(c => c.Id).ToListAsync(ct);
        return cases
            .Select(c => (Case: c, Next: new DevelopmentTimeline(c.Rules(), calendar).Next(c.Facts())))
            .Where(x => x.Next is not null)
            .Select(x => new DueItem(x.Case, x.Next!))
            .OrderBy(x => x.Next.Deadline ?? x.Next.Earliest ?? DateOnly.MaxValue)
            .ToList();
    }
}
