using Dangjian.Core.Operations;
using Dangjian.Core.Time;
using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;

namespace Dangjian.Core.Loop.Contacts;

public sealed record ContactVisitDraft(DateOnly? VisitedOn, VisitKind? Kind, string? Activity, int Version = 0);

/// <summary>Records or corrects a visit to a contact point (through the scoped context: a foreign one is "not found").</summary>
public sealed class ContactVisitEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public const int ActivityMax = 1000;

    /// <summary>Every check of the form against its contact point, also shown beside a form the binder already refused (none when it is not found).</summary>
    public async Task<Dictionary<string, string>> CheckAsync(int contactPointId, ContactVisitDraft d, CancellationToken ct = default) =>
        await db.ContactPoints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactPointId, ct) is { } point ? Check(point, d).Errors : [];

    public async Task<EntryResult> AddAsync(int contactPointId, ContactVisitDraft d, string userName, CancellationToken ct = default)
    {
        var point = await db.ContactPoints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactPointId, ct);
        return point is null ? EntryResult.Missing : await SaveAsync(point, null, d, userName, ct);
    }

    public async Task<EntryResult> UpdateAsync(int visitId, ContactVisitDraft d, CancellationToken ct = default)
    {
        var visit = await db.ContactVisits.Include(v => v.ContactPoint).SingleOrDefaultAsync(v => v.Id == visitId, ct);
        return visit is null ? EntryResult.Missing : await SaveAsync(visit.ContactPoint!, visit, d, null, ct);
    }

    private async Task<EntryResult> SaveAsync(ContactPoint point, ContactVisit? row, ContactVisitDraft d, string? userName, CancellationToken ct)
    {
        var (errors, activity) = Check(point, d);
        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        if (row is null)
        {
            row = new ContactVisit { ContactPointId = point.Id, Activity = activity!, EnteredAtUtc = clock.UtcNow(), EnteredBy = userName };
            db.ContactVisits.Add(row);
        }
        else
        {
            db.Entry(row).Property(v => v.Version).OriginalValue = d.Version;
        }

        (row.VisitedOn, row.Kind, row.Activity) = (d.VisitedOn!.Value, d.Kind!.Value, activity!);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EntryResult.Conflict();
        }

        return EntryResult.Saved(row.Id);
    }

    private (Dictionary<string, string> Errors, string? Activity) Check(ContactPoint point, ContactVisitDraft d)
    {
        var errors = new Dictionary<string, string>();
        EntryChecks.FactDate(errors, nameof(d.VisitedOn), d.VisitedOn, "走访日期", clock.Today());
        if (!errors.ContainsKey(nameof(d.VisitedOn)) && d.VisitedOn < point.StartedOn)
        {
            errors[nameof(d.VisitedOn)] = $"走访日期不能早于联系起始日期（{point.StartedOn:yyyy年M月d日}）";
        }
        else if (!errors.ContainsKey(nameof(d.VisitedOn)) && point.EndedOn is { } ended && d.VisitedOn > ended)
        {
            errors[nameof(d.VisitedOn)] = $"走访日期不能晚于联系结束日期（{ended:yyyy年M月d日}）";
        }

        if (d.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors[nameof(d.Kind)] = "请选择走访内容类别";
        }

        var activity = EntryChecks.Text(errors, nameof(d.Activity), d.Activity, "做了什么", ActivityMax);
        return (errors, activity);
    }
}
