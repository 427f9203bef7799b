namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>The application's clock in tests: real time plus an offset the test moves forward.</summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;

    public void Advance(TimeSpan by) => offset += by;
}
