namespace Dangjian.Core.Development;

/// <summary>
/// An exception to the Monday–Friday week: a public holiday (<see cref="IsWorkday"/> false) or an adjusted working
/// day 调休 on a weekend (true). County-wide, edited by the county; working-day rules (公示) count with it.
/// </summary>
public class CalendarDay
{
    public DateOnly Date { get; set; }
    public bool IsWorkday { get; set; }
    public required string Name { get; set; }
}
