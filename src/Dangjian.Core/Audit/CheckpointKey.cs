using System.Security.Cryptography;
using Dangjian.Core.Data;

namespace Dangjian.Core.Audit;

/// <summary>
/// The ECDSA P-256 key that signs audit checkpoints, apart from the chain's HMAC key: configuration
/// "Audit:CheckpointKey" (PKCS#8 PEM) or, when none is configured, the file <c>audit-checkpoint.pem</c> in the key
/// directory, generated once.
/// </summary>
public sealed class CheckpointKey
{
    public const string ConfigurationKey = "Audit:CheckpointKey";
    public const string FileName = "audit-checkpoint.pem";

    private readonly ECDsa key;

    private CheckpointKey(ECDsa key, string source) => (this.key, Source) = (key, source);

    public string Source { get; }

    /// <summary>SHA-256 of the public key (hex): the auditor notes it to recognise this system's checkpoints.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));

    public string Sign(string payload) => Convert.ToBase64String(key.SignData(System.Text.Encoding.UTF8.GetBytes(payload), HashAlgorithmName.SHA256));

    public bool Verify(string payload, string signature)
    {
        var bytes = new byte[128];
        return Convert.TryFromBase64String(signature, bytes, out var n)
            && key.VerifyData(System.Text.Encoding.UTF8.GetBytes(payload), bytes.AsSpan(0, n), HashAlgorithmName.SHA256);
    }

    public static CheckpointKey Resolve(string? configuredPem, string keyDirectory, bool createIfMissing = true)
    {
        if (!string.IsNullOrWhiteSpace(configuredPem))
        {
            return FromPem(configuredPem, $"配置项 {ConfigurationKey}", "configuration");
        }

        var file = Path.Combine(keyDirectory, FileName);
        if (!File.Exists(file) && createIfMissing)
        {
            Create(file);
        }

        if (!File.Exists(file))
        {
            throw new ConfigurationProblem($"未配置 {ConfigurationKey}，且找不到检查点签名密钥文件“{file}”。 (No checkpoint key.)");
        }

        return FromPem(File.ReadAllText(file), $"检查点签名密钥文件“{file}”", file);
    }

    private static CheckpointKey FromPem(string pem, string name, string source)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (ArgumentException e)
        {
            key.Dispose();
            throw new ConfigurationProblem($"{name}不是有效的 PEM 格式 ECDSA 私钥。 (The checkpoint key is not a PEM ECDSA private key.)", e);
        }

        return new CheckpointKey(key, source);
    }

    private static void Create(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        try
        {
            // CreateNew: two processes starting together must not each write a different key.
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            using var writer = new StreamWriter(stream);
            writer.Write(key.ExportPkcs8PrivateKeyPem());
        }
        catch (IOException) when (File.Exists(file))
        {
            // another process created it first: use theirs
        }
    }
}
