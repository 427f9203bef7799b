using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Reports.Highlights;

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
        HighlightSource.Project => db.Projects.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new HighlightRecord(source, p.Id, p.OrganizationId, p.Organization!.Name, p.CompletedOn ?? p.StartedOn, p.Name, null)).SingleOrDefaultAsync(ct),
        HighlightSource.Honour => HonourAsync(id, ct),
        HighlightSource.ContactVisit => db.ContactVisits.AsNoTracking().Where(v => v.Id == id)
            .Select(v => new HighlightRecord(source, v.Id, v.ContactPoint!.OrganizationId, v.ContactPoint.Organization!.Name, v.VisitedOn, v.Activity, null))
            .SingleOrDefaultAsync(ct),
        _ => Task.FromResult<HighlightRecord?>(null),
    };

    /// <summary>Chinese name of the record kind, for the page.</summary>
    /// <summary>An honour is named by the honour and, for an individual, the person (the member's name is decrypted on reading, not in SQL).</summary>
    private async Task<HighlightRecord?> HonourAsync(int id, CancellationToken ct)
    {
        var h = await db.Honours.AsNoTracking().Where(h => h.Id == id)
            .Select(h => new { h.Id, h.OrganizationId, Org = h.Organization!.Name, h.ConferredOn, Name = h.HonourName!.Name, h.PersonName, Member = h.Member != null ? h.Member.Name : null })
            .SingleOrDefaultAsync(ct);
        return h is null ? null
            : new HighlightRecord(HighlightSource.Honour, h.Id, h.OrganizationId, h.Org, h.ConferredOn, (h.Member ?? h.PersonName) is { } person ? $"{person}获“{h.Name}”" : $"获“{h.Name}”", null);
    }

    public static string Label(HighlightSource source) => source switch
    {
        HighlightSource.Meeting => "会议",
        HighlightSource.WorkRecord => "工作记录",
        HighlightSource.ServiceRecord => "为民服务记录",
        HighlightSource.Inspection => "督查",
        HighlightSource.Commitment => "承诺事项",
        HighlightSource.Project => "党建项目",
        HighlightSource.Honour => "表彰",
        HighlightSource.ContactVisit => "联系点走访",
        _ => "记录",
    };
}
