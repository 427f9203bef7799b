using System.Security.Cryptography;
using Dangjian.Core.Security;
using Shouldly;

namespace Dangjian.Core.Tests.Security;

public class BlindIndexTests
{
    [Fact]
    public void Equal_after_normalization_and_keyed()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var index = new HmacBlindIndex(key);
        var value = index.Compute("11010519491231002X");

        value.Length.ShouldBe(64);
        index.Compute(" 11010519491231002x ").ShouldBe(value);
        index.Compute("110105194912310021").ShouldNotBe(value);
        new HmacBlindIndex(key).Compute("11010519491231002X").ShouldBe(value);
        new HmacBlindIndex(RandomNumberGenerator.GetBytes(32)).Compute("11010519491231002X").ShouldNotBe(value);
    }
}
