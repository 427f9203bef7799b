using Dangjian.Core.Account;
using Shouldly;

namespace Dangjian.Core.Tests.Account;

public sealed class CommonPasswordValidatorTests
{
    [Theory]
    [InlineData("Password1")]
    [InlineData("Passw0rd!")]
    [InlineData("P@ssword")]
    [InlineData("Aa123456")]
    [InlineData("Qwer1234")]
    [InlineData("qwer1234")]
    [InlineData("1qaz2WSX")]
    [InlineData("Admin@123")]
    [InlineData("Woaini1314")]
    [InlineData("Dragon2024!")]
    public void Common_passwords_and_their_usual_dressings_are_refused(string password) =>
        CommonPasswordValidator.IsCommon(password).ShouldBeTrue();

    [Theory]
    [InlineData("Demo@2026")]
    [InlineData("Qingshi#2027")]
    [InlineData("Xk#8273915")]
    [InlineData("Hv7@qLm2pR")]
    public void Uncommon_passwords_pass(string password) =>
        CommonPasswordValidator.IsCommon(password).ShouldBeFalse();

    [Fact]
    public void Generated_one_time_passwords_pass()
    {
        for (var i = 0; i < 200; i++)
        {
            CommonPasswordValidator.IsCommon(PasswordGenerator.Next()).ShouldBeFalse();
        }
    }
}
