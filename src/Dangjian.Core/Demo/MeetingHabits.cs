namespace Dangjian.Core.Demo;

/// <summary>How diligent a demo branch is: skipped meetings, late and proxy entries, turnout.</summary>
public sealed record MeetingHabits(int SkipPercent, int LatePercent, int ProxyPercent, int PresentPercent, bool Weak = false)
{
    public static readonly MeetingHabits Diligent = new(3, 6, 8, 93);
    public static readonly MeetingHabits WeakBranch = new(10, 15, 20, 85, Weak: true);
    public static readonly MeetingHabits Light = new(25, 12, 25, 88);

    /// <summary>The township committee's own meetings, entered by its own clerk: never 代录.</summary>
    public static readonly MeetingHabits Township = new(0, 6, 0, 100);
}
