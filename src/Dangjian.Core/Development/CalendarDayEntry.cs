using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Development;

/// <summary>
/// The county edits its holidays and 调休 working days (one row a date). A day has no number of its own: the saved id is
/// the date's <see cref="DateOnly.DayNumber"/>.
/// </summary>
public sealed class CalendarDayEntry(AppDbContext db) : IOperation
{
    public async Task<EntryResult> SaveAsync(DateOnly? date, bool workday, string? name, CancellationToken ct = default)
    {
        if (date is not { } day || string.IsNullOrWhiteSpace(name))
        {
            return EntryResult.Refused("", "请填写日期和名称。");
        }

        var row = await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == day, ct);
        if (row is null)
        {
            db.CalendarDays.Add(new CalendarDay { Date = day, IsWorkday = workday, Name = name.Trim() });
        }
        else
        {
            (row.IsWorkday, row.Name) = (workday, name.Trim());
        }

        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(day.DayNumber);
    }

    public async Task<EntryResult> RemoveAsync(DateOnly day, CancellationToken ct = default)
    {
        if (await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == day, ct) is not { } row)
        {
            return EntryResult.Missing;
        }

        db.CalendarDays.Remove(row);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(day.DayNumber);
    }
}
