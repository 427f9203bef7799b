using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dangjian.Core.Building;

/// <summary>A branch's self-check as posted: the checklist codes ticked, the venue, a note and the day (today when empty).</summary>
public sealed record SelfCheckDraft(int OrganizationId, int Year, IReadOnlyList<string> Items, int? VenueArea, bool VenueMeetsStandard, string? Note, DateOnly? On);

/// <summary>
/// The standardization check of a year (标准化规范化建设): the branch's self-check against the county's checklist (again
/// after a refusal: the acceptance starts over), then the township's acceptance. Errors are keyed by the posted field names.
/// </summary>
public sealed class StandardizationEntry(AppDbContext db, IOptions<BuildingSettings> settings, TimeProvider clock) : IOperation
{
    public async Task<EntryResult> SelfCheckAsync(SelfCheckDraft d, CancellationToken ct = default)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == d.OrganizationId, ct))
        {
            return EntryResult.Missing;
        }

        var today = clock.Today();
        var errors = new Dictionary<string, string>();
        if (FactDates.YearProblem("年度", d.Year, today) is { } year)
        {
            errors["year"] = year;
        }

        var on = d.On ?? today;
        if (FactDates.Problem("自查日期", on, today) is { } wrong)
        {
            errors["selfCheckedOn"] = wrong;
        }

        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        var known = StandardChecklist.Items(settings.Value.Aspects).Select(i => i.Code).ToHashSet();
        var check = await db.StandardizationChecks.FirstOrDefaultAsync(c => c.OrganizationId == d.OrganizationId && c.Year == d.Year, ct);
        if (check is null)
        {
            check = new StandardizationCheck { OrganizationId = d.OrganizationId, Year = d.Year };
            db.StandardizationChecks.Add(check);
        }

        check.SelfCheckedOn = on;
        check.ItemsMet = string.Join(",", d.Items.Where(known.Contains).Distinct());
        (check.VenueArea, check.VenueMeetsStandard) = (d.VenueArea, d.VenueMeetsStandard);
        check.SelfCheckNote = string.IsNullOrWhiteSpace(d.Note) ? null : d.Note.Trim();
        (check.AcceptedOn, check.Accepted) = (null, null);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(check.Id);
    }

    /// <param name="acceptedOn">验收日期: today when empty; not before the self-check.</param>
    public async Task<EntryResult> AcceptAsync(int checkId, bool accepted, string? note, DateOnly? acceptedOn, CancellationToken ct = default)
    {
        if (await db.StandardizationChecks.FirstOrDefaultAsync(c => c.Id == checkId, ct) is not { } check)
        {
            return EntryResult.Missing;
        }

        var on = acceptedOn ?? clock.Today();
        if ((FactDates.Problem("验收日期", on, clock.Today())
            ?? (on < check.SelfCheckedOn ? $"验收日期不能早于自查日期（{check.SelfCheckedOn:yyyy年M月d日}）。" : null)) is { } wrong)
        {
            return EntryResult.Refused(nameof(acceptedOn), wrong);
        }

        check.Accepted = accepted;
        check.AcceptedOn = on;
        check.AcceptanceNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(check.Id);
    }
}
