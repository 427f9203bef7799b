using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Building;

/// <summary>
/// The township's work on a weak organization (软弱涣散党组织): confirming a proposal, adding rectification measures, marking
/// them done and declaring the 整顿转化. Records are looked up through the scoped context (outside the scope: not found);
/// each message is keyed by the posted field it concerns.
/// </summary>
public sealed class WeakOrganizationEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public const string NoMeasure = "没有这项措施。";

    /// <summary>Confirms the organization as weak for the year (once: a second confirmation keeps the first).</summary>
    /// <param name="confirmedOn">确定日期: today when empty; the real day when a past year is entered afterwards.</param>
    public async Task<EntryResult> ConfirmAsync(int organizationId, int year, string? reasons, DateOnly? confirmedOn, string? user, CancellationToken ct = default)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, ct))
        {
            return EntryResult.Missing;
        }

        var on = confirmedOn ?? clock.Today();
        if (FactDates.Problem("确定日期", on, clock.Today()) is { } wrong)
        {
            return Refused(nameof(confirmedOn), wrong);
        }

        var row = await db.WeakOrganizations.FirstOrDefaultAsync(w => w.OrganizationId == organizationId && w.Year == year, ct);
        if (row is null)
        {
            row = new WeakOrganization { OrganizationId = organizationId, Year = year, Reasons = (reasons ?? "").Trim(), ConfirmedOn = on, ConfirmedBy = user };
            db.WeakOrganizations.Add(row);
            await db.SaveChangesAsync(ct);
        }

        return EntryResult.Saved(row.Id);
    }

    public async Task<EntryResult> AddMeasureAsync(int id, string? text, string? owner, DateOnly? deadline, CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is not { } weak)
        {
            return EntryResult.Missing;
        }

        if (string.IsNullOrWhiteSpace(text) || deadline is null)
        {
            return Refused(nameof(deadline), "请填写整顿措施和完成时限。");
        }

        if (text.Trim().Length > 400 || (owner ?? "").Trim().Length > 100)
        {
            return Refused(nameof(deadline), "整顿措施不能超过400个字，责任人不能超过100个字。");
        }

        weak.Measures.Add(new WeakOrganizationMeasure { Text = text.Trim(), Owner = (owner ?? "").Trim(), Deadline = deadline.Value });
        return await SaveAsync(weak, ct);
    }

    /// <param name="doneOn">完成日期: today when empty; not before the organization was confirmed as weak.</param>
    public async Task<EntryResult> MarkDoneAsync(int id, int measureId, DateOnly? doneOn, CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is not { } weak)
        {
            return EntryResult.Missing;
        }

        if (weak.Measures.FirstOrDefault(m => m.Id == measureId) is not { } measure)
        {
            return Refused("", NoMeasure);
        }

        var on = doneOn ?? clock.Today();
        if ((FactDates.Problem("完成日期", on, clock.Today()) ?? (on < weak.ConfirmedOn ? "完成日期不能早于确定为软弱涣散党组织的日期。" : null)) is { } wrong)
        {
            return Refused(nameof(doneOn), wrong);
        }

        measure.DoneOn ??= on;
        return await SaveAsync(weak, ct);
    }

    public async Task<EntryResult> ConvertAsync(int id, DateOnly? convertedOn, string? note, CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is not { } weak)
        {
            return EntryResult.Missing;
        }

        var problem = convertedOn is not { } on || on < weak.ConfirmedOn ? "请填写整顿转化日期（不早于确定日期）。"
            : FactDates.Problem("整顿转化日期", on, clock.Today()) is { } wrong ? wrong
            : weak.Measures.Any(m => m.DoneOn is null) ? "还有整顿措施没有完成，不能认定整顿转化。"
            : note?.Trim().Length > 4000 ? "说明不能超过4000个字。"
            : null;
        if (problem is not null)
        {
            return Refused(nameof(convertedOn), problem);
        }

        weak.ConvertedOn = convertedOn;
        weak.ConversionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return await SaveAsync(weak, ct);
    }

    private Task<WeakOrganization?> FindAsync(int id, CancellationToken ct) =>
        db.WeakOrganizations.Include(w => w.Measures).FirstOrDefaultAsync(w => w.Id == id, ct);

    private async Task<EntryResult> SaveAsync(WeakOrganization weak, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(weak.Id);
    }

    private static EntryResult Refused(string field, string message) => EntryResult.Refused(field, message);
}
