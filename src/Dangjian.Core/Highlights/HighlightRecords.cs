using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Highlights;

/// <summary>What a highlight needs of its record: whose it is, when it happened, what it is called and where.</summary>
public sealed record HighlightRecord(HighlightSource Source, int Id, int OrganizationId, string OrganizationName, DateOnly HappenedOn, string Title, string? Place);

/// <summary>Finds the record a highlight is attached to through the scoped sets: a record the user may not see is null (404).</summary>
public sealed class HighlightRecords(AppDbContext db)
{
    public Task<HighlightRecord?> FindAsync(HighlightSource source, int id, CancellationToken ct = default) => source switch
    {
        HighlightSource.Meeting => db.Meetings.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new HighlightRecord(source, m.Id, m.OrganizationId, m.Organization!.Name, m.HeldOn, m.Topic, m.Place)).SingleOrDefaultAsync(ct),
        HighlightSource.WorkRecord => db.WorkRecords.AsNoTracking().Where(w => w.Id == id)
            .Select(w => new HighlightRecord(source, w.Id, w.OrganizationId, w.Organization!.Name, w.HeldOn, w.Title, w.Place)).SingleOrDefaultAsync(ct),
        HighlightSource.ServiceRecord => db.ServiceRecords.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new HighlightRecord(source, s.Id, s.OrganizationId, s.Organization!.Name, s.HeldOn, s.Title, null)).SingleOrDefaultAsync(ct),
        HighlightSource.Inspection => db.Inspections.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new HighlightRecord(source, i.Id, i.OrganizationId, i.Organization!.Name, i.StartedOn, i.Title, null)).SingleOrDefaultAsync(ct),
        HighlightSource.Commitment => db.Commitments.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new HighlightRecord(source, c.Id, c.OrganizationId, c.Organization!.Name, c.FulfilledOn ?? c.DueOn, c.Content, null)).SingleOrDefaultAsync(ct),
        _ => Task.FromResult<HighlightRecord?>(null),
    };

    /// <summary>Chinese name of the record kind, for the page.</summary>
    public static string Label(HighlightSource source) => source switch
    {
        HighlightSource.Meeting => "会议",
        HighlightSource.WorkRecord => "工作记录",
        HighlightSource.ServiceRecord => "为民服务记录",
        HighlightSource.Inspection => "督查",
        HighlightSource.Commitment => "承诺事项",
        _ => "记录",
    };
}
