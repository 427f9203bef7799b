namespace Dangjian.Core.OrgLife.Entry;

/// <summary>China Standard Time (UTC+8, no daylight saving): the date a user in the county sees.</summary>
public static class ChinaTime
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8));
}
