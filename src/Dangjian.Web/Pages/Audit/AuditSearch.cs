using Dangjian.Core.Audit;
using Dangjian.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Audit;

/// <summary>The Auditor's search over the log: by user, time, target and action. Shared by the list and the export.</summary>
public sealed class AuditSearch
{
    public string? User { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Target { get; set; }
    public AuditAction? Action { get; set; }

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (!string.IsNullOrWhiteSpace(User))
        {
            entries = entries.Where(e => e.UserName == User.Trim());
        }

        if (From is { } from)
        {
            var start = from.StartUtc();
            entries = entries.Where(e => e.AtUtc >= start);
        }

        if (To is { } to)
        {
            var end = to.AddDays(1).StartUtc();
            entries = entries.Where(e => e.AtUtc < end);
        }

        if (!string.IsNullOrWhiteSpace(Target))
        {
            var parts = Target.Trim().Split(['/', ' '], 2, StringSplitOptions.RemoveEmptyEntries);
            entries = parts.Length == 2
                ? entries.Where(e => e.TargetType == parts[0] && e.TargetId == parts[1])
                : entries.Where(e => e.TargetType == parts[0] || e.TargetId == parts[0]);
        }

        return Action is { } action ? entries.Where(e => e.Action == action) : entries;
    }

    /// <summary>Beijing time, the time every user of the system reads.</summary>
    public static string Local(DateTime utc) => utc.Beijing(TimeDisplay.Seconds);
}
