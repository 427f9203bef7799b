namespace Dangjian.Core.OrgLife.Entry;

/// <summary>The date a user in the county sees: a forward to the one clock, <see cref="BeijingTime.Today"/>.</summary>
public static class ChinaTime
{
    public static DateOnly Today(TimeProvider clock) => clock.Today();
}
