using Dangjian.Core.Members;
using Shouldly;

namespace Dangjian.Core.Tests.Members;

public class ResidentIdTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    // The worked example of GB 11643-1999: 1949-12-31, female, check character X.
    private const string StandardExample = "11010519491231002X";

    private static string Make(string region, string birth, string order) =>
        region + birth + order + ResidentId.CheckCharacter(region + birth + order);

    [Fact]
    public void Accepts_the_standard_example_with_X_check_character()
    {
        ResidentId.Check(StandardExample, Today).ShouldBe(ResidentIdError.None);
        ResidentId.BirthDateOf(StandardExample).ShouldBe(new DateOnly(1949, 12, 31));
        ResidentId.SexOf(StandardExample).ShouldBe(Sex.Female);
    }

    [Fact]
    public void Normalizes_lowercase_x_and_spaces()
    {
        ResidentId.Normalize(" 11010519491231002x ").ShouldBe(StandardExample);
        ResidentId.Check(" 11010519491231002x", Today).ShouldBe(ResidentIdError.None);
    }

    [Fact]
    public void Rejects_a_wrong_check_digit()
    {
        ResidentId.Check("110105194912310021", Today).ShouldBe(ResidentIdError.CheckDigit);
        ResidentId.Validate("110105194912310021", Today).ShouldBe("身份证号码校验位不正确，请核对是否输错。");
    }

    [Theory]
    [InlineData("11010519491231002")]
    [InlineData("11010519491231002X1")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_wrong_length(string? id) =>
        ResidentId.Validate(id, Today).ShouldBe("身份证号码应为18位。");

    [Theory]
    [InlineData("1101051949A231002X")]
    [InlineData("110105194912310X2X")]
    [InlineData("11010519491231002Y")]
    public void Rejects_letters_outside_the_check_position(string id) =>
        ResidentId.Check(id, Today).ShouldBe(ResidentIdError.Characters);

    [Theory]
    [InlineData("20000229", ResidentIdError.None)]
    [InlineData("19960229", ResidentIdError.None)]
    [InlineData("19000229", ResidentIdError.BirthDate)]
    [InlineData("20230229", ResidentIdError.BirthDate)]
    [InlineData("19901301", ResidentIdError.BirthDate)]
    [InlineData("18991231", ResidentIdError.BirthDate)]
    [InlineData("20261122", ResidentIdError.BirthDate)]
    [InlineData("20261121", ResidentIdError.None)]
    public void Checks_the_birth_date(string birth, ResidentIdError expected)
    {
        var id = Make("110105", birth, "123");
        ResidentId.Check(id, Today).ShouldBe(expected);
        if (expected == ResidentIdError.BirthDate)
        {
            ResidentId.Validate(id, Today).ShouldBe("身份证号码中的出生日期无效。");
        }
    }

    [Fact]
    public void Odd_seventeenth_digit_is_male() =>
        ResidentId.SexOf(Make("110105", "19800101", "123")).ShouldBe(Sex.Male);

    [Fact]
    public void Reports_inconsistent_birth_date_and_sex()
    {
        ResidentId.Inconsistency(StandardExample, new DateOnly(1949, 12, 31), Sex.Female).ShouldBeNull();
        ResidentId.Inconsistency(StandardExample, new DateOnly(1949, 12, 30), Sex.Female)
            .ShouldBe("身份证号码中的出生日期（1949-12-31）与填写的出生日期（1949-12-30）不一致。");
        ResidentId.Inconsistency(StandardExample, new DateOnly(1949, 12, 31), Sex.Male)
            .ShouldBe("身份证号码中的性别（女）与填写的性别（男）不一致。");
        ResidentId.Inconsistency(StandardExample.ToLowerInvariant(), new DateOnly(1950, 1, 1), Sex.Male)!
            .Split('；').Length.ShouldBe(2);
    }

    [Fact]
    public void Masks_all_but_the_first_six_and_last_four()
    {
        ResidentId.Mask("11010519491231002x").ShouldBe("110105********002X");
        ResidentId.Mask("123").ShouldBe("***");
    }
}
