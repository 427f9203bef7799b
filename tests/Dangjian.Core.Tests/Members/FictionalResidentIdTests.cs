using Dangjian.Core.Members;
using Shouldly;

namespace Dangjian.Core.Tests.Members;

public class FictionalResidentIdTests
{
    [Fact]
    public void Ten_thousand_generated_ids_are_valid_unique_and_consistent()
    {
        var random = new Random(42);
        var today = new DateOnly(2026, 11, 21);
        var seen = new HashSet<string>();
        for (var i = 0; i < 10_000; i++)
        {
            var birth = new DateOnly(1930, 1, 1).AddDays(i * 3 % 30_000);
            var sex = random.Next(2) == 0 ? Sex.Male : Sex.Female;
            var id = FictionalResidentId.Create($"99{i % 100:D4}", birth, sex, i % 500);

            ResidentId.Check(id, today).ShouldBe(ResidentIdError.None, id);
            ResidentId.Inconsistency(id, birth, sex).ShouldBeNull();
            id.ShouldStartWith("99");
            seen.Add(id).ShouldBeTrue(id);
        }
    }

    [Theory]
    [InlineData("110105")]
    [InlineData("9901")]
    [InlineData("99010A")]
    public void Refuses_region_codes_that_could_be_real(string region) =>
        Should.Throw<ArgumentException>(() => FictionalResidentId.Create(region, new DateOnly(1980, 1, 1), Sex.Male, 1));

    [Fact]
    public void Refuses_sequences_beyond_the_order_code() =>
        Should.Throw<ArgumentOutOfRangeException>(() => FictionalResidentId.Create("990101", new DateOnly(1980, 1, 1), Sex.Male, 500));
}
