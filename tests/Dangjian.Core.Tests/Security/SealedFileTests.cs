using System.Security.Cryptography;
using Dangjian.Core.Security;
using Shouldly;

namespace Dangjian.Core.Tests.Security;

public sealed class SealedFileTests
{
    private static readonly byte[] Key = SealedFile.DeriveKey(RandomNumberGenerator.GetBytes(32), "uploads");

    private static async Task<byte[]> SealAsync(byte[] plain, byte[]? key = null)
    {
        using var sealedBytes = new MemoryStream();
        await SealedFile.EncryptAsync(new MemoryStream(plain), sealedBytes, key ?? Key);
        return sealedBytes.ToArray();
    }

    private static byte[] Open(byte[] sealedBytes, byte[]? key = null)
    {
        using var plain = new MemoryStream();
        SealedFile.Decrypt(new MemoryStream(sealedBytes), plain, key ?? Key);
        return plain.ToArray();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65535)]
    [InlineData(65536)]
    [InlineData(65537)]
    [InlineData(3 * 65536)]
    [InlineData(1_000_003)]
    public async Task Any_length_comes_back_unchanged_and_is_not_in_clear(int length)
    {
        var plain = new byte[length];
        new Random(length).NextBytes(plain);

        var sealedBytes = await SealAsync(plain);

        Open(sealedBytes).ShouldBe(plain);
        SealedFile.IsSealed(new MemoryStream(sealedBytes)).ShouldBeTrue();
        if (length >= 64)
        {
            sealedBytes.AsSpan().IndexOf(plain.AsSpan(0, 64)).ShouldBe(-1);
        }
    }

    [Fact]
    public async Task A_flipped_bit_a_dropped_last_chunk_or_another_key_fails_to_open()
    {
        var plain = new byte[3 * 65536 + 10];
        var sealedBytes = await SealAsync(plain);

        var flipped = sealedBytes.ToArray();
        flipped[100_000] ^= 1;
        Should.Throw<SealedFileException>(() => Open(flipped));
        var cutAtChunk = sealedBytes[..(4 + 16 + 2 * (65536 + 16))];
        Should.Throw<SealedFileException>(() => Open(cutAtChunk));
        Should.Throw<SealedFileException>(() => Open(sealedBytes[..^1]));
        Should.Throw<SealedFileException>(() => Open(sealedBytes, SealedFile.DeriveKey(RandomNumberGenerator.GetBytes(32), "uploads")));
        Should.Throw<SealedFileException>(() => Open("姓名,身份证号\n"u8.ToArray()));
    }

    [Fact]
    public void Each_store_gets_its_own_key_from_the_field_key()
    {
        var field = RandomNumberGenerator.GetBytes(32);
        SealedFile.DeriveKey(field, "uploads").ShouldBe(SealedFile.DeriveKey(field, "uploads"));
        SealedFile.DeriveKey(field, "uploads").ShouldNotBe(SealedFile.DeriveKey(field, "attachments"));
        SealedFile.DeriveKey(field, "uploads").ShouldNotBe(field);
    }
}
