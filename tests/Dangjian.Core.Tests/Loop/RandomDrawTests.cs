using Dangjian.Core.Loop.Inspections;
using Shouldly;

namespace Dangjian.Core.Tests.Loop;

public sealed class RandomDrawTests
{
    private static readonly string[] Inspectors = ["王明", "李强", "张敏", "刘洋", "陈静", "杨帆"];

    [Fact]
    public void A_recorded_draw_is_re_derived_from_its_seed_and_candidates()
    {
        var seed = RandomDraw.NewSeed();
        var drawn = RandomDraw.Pick(seed, Inspectors, 3);
        var recorded = new Inspection
        {
            Title = "t", Inspectors = RandomDraw.JoinNames(drawn), DrawSeed = seed,
            InspectorCandidates = RandomDraw.JoinNames(Inspectors), TargetCandidates = RandomDraw.JoinIds([11, 12, 13, 14, 15]),
        };

        RandomDraw.Pick(recorded.DrawSeed!.Value, RandomDraw.SplitNames(recorded.InspectorCandidates), 3)
            .ShouldBe(RandomDraw.SplitNames(recorded.Inspectors));
        RandomDraw.Pick(seed, RandomDraw.SplitIds(recorded.TargetCandidates), 2).ShouldBe(RandomDraw.Pick(seed, [11, 12, 13, 14, 15], 2));
    }

    [Fact]
    public void A_known_seed_always_gives_the_same_people_distinct_and_from_the_candidates()
    {
        // Fixed expectation: a change of generator would silently change every recorded draw.
        RandomDraw.Pick(20260601, Inspectors, 3).ShouldBe(["刘洋", "陈静", "杨帆"]);
        var drawn = RandomDraw.Pick(20260601, Inspectors, 3);
        drawn.Distinct().Count().ShouldBe(3);
        drawn.ShouldAllBe(n => Inspectors.Contains(n));
        RandomDraw.Pick(1, Inspectors, 10).Count.ShouldBe(Inspectors.Length);
    }

    [Fact]
    public void Different_seeds_give_different_draws()
    {
        Enumerable.Range(1, 50).Select(s => string.Join(",", RandomDraw.Pick(s, Inspectors, 3))).Distinct().Count().ShouldBeGreaterThan(10);
    }
}
