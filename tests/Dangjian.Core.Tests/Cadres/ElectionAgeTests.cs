using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Members;
using Shouldly;

namespace Dangjian.Core.Tests.Cadres;

public class ElectionAgeTests
{
    private static readonly DateOnly Election = new(2021, 3, 16);

    [Theory]
    [InlineData("1971-03-16", 50)] // 50th birthday on election day: 50, so not "50岁以下"
    [InlineData("1971-03-17", 49)] // one day short of 50
    [InlineData("1971-03-15", 50)]
    [InlineData("1980-12-31", 40)]
    public void Age_is_completed_years_on_election_day(string birth, int age) =>
        ElectionAge.At(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), Election).ShouldBe(age);

    [Fact]
    public void A_leap_day_birthday_is_reached_on_the_first_of_March_in_common_years()
    {
        var birth = new DateOnly(1972, 2, 29);
        ElectionAge.At(birth, new DateOnly(2021, 2, 28)).ShouldBe(48);
        ElectionAge.At(birth, new DateOnly(2021, 3, 1)).ShouldBe(49);
        ElectionAge.At(birth, new DateOnly(2020, 2, 29)).ShouldBe(48);
    }

    [Fact]
    public void Under_fifty_means_younger_than_fifty() => ElectionAge.YoungerThan.ShouldBe(50);

    [Theory]
    [InlineData(Education.Primary, false)]
    [InlineData(Education.JuniorHigh, false)]
    [InlineData(Education.HighSchool, true)]
    [InlineData(Education.Vocational, true)]
    [InlineData(Education.College, true)]
    [InlineData(Education.Bachelor, true)]
    [InlineData(Education.Postgraduate, true)]
    public void High_school_or_above_starts_at_high_school_and_includes_vocational(Education education, bool counts) =>
        ElectionAge.HighSchoolOrAbove.Contains(education).ShouldBe(counts);

    [Fact]
    public void College_or_above_excludes_vocational() =>
        ElectionAge.CollegeOrAbove.ShouldBe([Education.College, Education.Bachelor, Education.Postgraduate]);
}
