namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>The application's clock in tests: real time plus an offset the test moves forward, or stopped at a chosen instant.</summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan offset;
    private DateTimeOffset? stopped;

    public override DateTimeOffset GetUtcNow() => (stopped ?? base.GetUtcNow()) + offset;

    public void Advance(TimeSpan by) => offset += by;

    /// <summary>Stops the clock at this instant (a fixed "now" for checks at minute precision); Advance still moves it.</summary>
    public void StopAt(DateTimeOffset at)
    {
        stopped = at;
        offset = TimeSpan.Zero;
    }
}
