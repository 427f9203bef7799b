using System.Security.Cryptography;
using Dangjian.Core.Security;
using Shouldly;

namespace Dangjian.Core.Tests.Security;

public class FieldCipherTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void Round_trips_and_uses_the_versioned_format()
    {
        var cipher = new AesGcmFieldCipher(Key);
        var text = cipher.Encrypt("11010519491231002X");
        text.ShouldStartWith($"v1:{AesGcmFieldCipher.KeyId(Key)}:");
        text.ShouldNotContain("11010519491231002X");
        cipher.Decrypt(text).ShouldBe("11010519491231002X");
        cipher.Decrypt(cipher.Encrypt("")).ShouldBe("");
        cipher.Decrypt(cipher.Encrypt("电话 138")).ShouldBe("电话 138");
    }

    [Fact]
    public void Equal_plaintexts_give_different_ciphertexts()
    {
        var cipher = new AesGcmFieldCipher(Key);
        cipher.Encrypt("same").ShouldNotBe(cipher.Encrypt("same"));
    }

    [Fact]
    public void Every_encryption_has_its_own_nonce_across_draws_and_threads()
    {
        var cipher = new AesGcmFieldCipher(Key);
        var count = AesGcmFieldCipher.NoncesPerDraw * 3 + 7;
        var texts = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 4, _ =>
        {
            for (var i = 0; i < count; i++)
            {
                texts.Add(cipher.Encrypt("same"));
            }
        });

        var nonces = texts.Select(t => Convert.FromBase64String(t.Split(':')[2])[..12]).Select(Convert.ToHexString).ToList();
        nonces.Distinct().Count().ShouldBe(4 * count);
        texts.Take(50).ShouldAllBe(t => cipher.Decrypt(t) == "same");
    }

    [Fact]
    public void Detects_tampering()
    {
        var cipher = new AesGcmFieldCipher(Key);
        var text = cipher.Encrypt("11010519491231002X");
        var blob = Convert.FromBase64String(text[(text.LastIndexOf(':') + 1)..]);
        blob[^1] ^= 1;
        var tampered = text[..(text.LastIndexOf(':') + 1)] + Convert.ToBase64String(blob);

        Should.Throw<FieldCipherException>(() => cipher.Decrypt(tampered)).Message.ShouldContain("篡改");
        Should.Throw<FieldCipherException>(() => cipher.Decrypt("v2:" + text[3..]));
        Should.Throw<FieldCipherException>(() => cipher.Decrypt(text[..^8]));
        Should.Throw<FieldCipherException>(() => cipher.Decrypt("not a ciphertext"));
    }

    [Fact]
    public void Wrong_or_unknown_key_fails_clearly()
    {
        var text = new AesGcmFieldCipher(Key).Encrypt("x");
        Should.Throw<FieldCipherException>(() => new AesGcmFieldCipher(RandomNumberGenerator.GetBytes(32)).Decrypt(text))
            .Message.ShouldContain("未配置");
    }

    [Fact]
    public void After_rotation_old_values_still_decrypt_and_new_ones_use_the_new_key()
    {
        var old = new AesGcmFieldCipher(Key);
        var text = old.Encrypt("old value");
        var newKey = RandomNumberGenerator.GetBytes(32);
        var rotated = new AesGcmFieldCipher(newKey, [Key]);

        rotated.Decrypt(text).ShouldBe("old value");
        rotated.Encrypt("new").ShouldStartWith($"v1:{AesGcmFieldCipher.KeyId(newKey)}:");
    }

    [Fact]
    public void Rejects_keys_of_the_wrong_size() =>
        Should.Throw<ArgumentException>(() => new AesGcmFieldCipher(new byte[16]));
}
