using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Dangjian.Core.Security;

/// <summary>
/// Files encrypted at rest with AES-256-GCM in 64 KiB chunks, so any size streams through a fixed buffer. Layout:
/// "DJS1" | salt (16) | chunks of ciphertext + tag (16). Each file gets its own key (HKDF of the store key and the
/// salt), so the chunk index can serve as the nonce; the index in the nonce and the "last chunk" flag in the
/// associated data make reordered, dropped or truncated chunks fail to decrypt.
/// </summary>
public static class SealedFile
{
    private const int ChunkSize = 64 * 1024;
    private const int TagSize = 16;
    private const int SaltSize = 16;
    private static readonly byte[] Magic = "DJS1"u8.ToArray();
    private static readonly byte[] Info = "dangjian sealed file v1"u8.ToArray();

    /// <summary>Derives a store key (e.g. "uploads", "attachments") from the field key, so each store has its own.</summary>
    public static byte[] DeriveKey(byte[] fieldKey, string label) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, fieldKey, 32, salt: null, info: Encoding.UTF8.GetBytes("dangjian:" + label));

    /// <summary>True when the stream starts like a sealed file (files stored before encryption do not).</summary>
    public static bool IsSealed(Stream source)
    {
        var head = new byte[Magic.Length];
        var n = source.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        source.Seek(-n, SeekOrigin.Current);
        return n == head.Length && head.AsSpan().SequenceEqual(Magic);
    }

    public static async Task EncryptAsync(Stream plain, Stream sealedOutput, byte[] storeKey, CancellationToken ct = default)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        await sealedOutput.WriteAsync(Magic, ct);
        await sealedOutput.WriteAsync(salt, ct);
        using var aes = new AesGcm(FileKey(storeKey, salt), TagSize);
        var current = new byte[ChunkSize];
        var next = new byte[ChunkSize];
        var output = new byte[ChunkSize + TagSize];
        var length = await plain.ReadAtLeastAsync(current, ChunkSize, throwOnEndOfStream: false, ct);
        for (long index = 0; ; index++)
        {
            var nextLength = length < ChunkSize ? 0 : await plain.ReadAtLeastAsync(next, ChunkSize, throwOnEndOfStream: false, ct);
            var last = nextLength == 0;
            aes.Encrypt(Nonce(index), current.AsSpan(0, length), output.AsSpan(0, length), output.AsSpan(length, TagSize), Aad(last));
            await sealedOutput.WriteAsync(output.AsMemory(0, length + TagSize), ct);
            if (last)
            {
                return;
            }

            (current, next, length) = (next, current, nextLength);
        }
    }

    /// <exception cref="SealedFileException">Not a sealed file, tampered with, truncated, or sealed under another key.</exception>
    public static void Decrypt(Stream sealedInput, Stream plainOutput, byte[] storeKey)
    {
        var header = new byte[Magic.Length + SaltSize];
        if (sealedInput.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new SealedFileException("加密文件格式无法识别。");
        }

        using var aes = new AesGcm(FileKey(storeKey, header[Magic.Length..]), TagSize);
        var current = new byte[ChunkSize + TagSize];
        var next = new byte[ChunkSize + TagSize];
        var plain = new byte[ChunkSize];
        var length = sealedInput.ReadAtLeast(current, current.Length, throwOnEndOfStream: false);
        for (long index = 0; ; index++)
        {
            var nextLength = length < current.Length ? 0 : sealedInput.ReadAtLeast(next, next.Length, throwOnEndOfStream: false);
            var last = nextLength == 0;
            if (length < TagSize)
            {
                throw new SealedFileException("加密文件不完整。");
            }

            try
            {
                aes.Decrypt(Nonce(index), current.AsSpan(0, length - TagSize), current.AsSpan(length - TagSize, TagSize), plain.AsSpan(0, length - TagSize), Aad(last));
            }
            catch (CryptographicException e)
            {
                throw new SealedFileException("加密文件校验失败：已损坏、被篡改或密钥不匹配。", e);
            }

            plainOutput.Write(plain, 0, length - TagSize);
            if (last)
            {
                return;
            }

            (current, next, length) = (next, current, nextLength);
        }
    }

    private static byte[] FileKey(byte[] storeKey, byte[] salt) => HKDF.DeriveKey(HashAlgorithmName.SHA256, storeKey, 32, salt, Info);

    private static byte[] Nonce(long index)
    {
        var nonce = new byte[12];
        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), index);
        return nonce;
    }

    private static byte[] Aad(bool last) => [last ? (byte)1 : (byte)0];
}

public sealed class SealedFileException(string message, Exception? inner = null) : Exception(message, inner);
