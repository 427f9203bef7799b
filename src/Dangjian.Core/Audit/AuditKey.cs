using System.Security.Cryptography;
using Dangjian.Core.Data;

namespace Dangjian.Core.Audit;

/// <summary>
/// The audit key from configuration "Audit:Key" (base64, ≥32 bytes) or, when none is configured (dev/demo),
/// from the file <c>audit.key</c> in the data directory, generated once.
/// </summary>
public sealed class AuditKey : IAuditKey
{
    public const string ConfigurationKey = "Audit:Key";
    public const string FileName = "audit.key";
    private const int MinLength = 32;

    private readonly byte[] key;

    public AuditKey(byte[] key)
    {
        if (key.Length < MinLength)
        {
            throw new ConfigurationProblem($"审计密钥至少需要 {MinLength} 字节。 (The audit key needs at least {MinLength} bytes.)");
        }

        this.key = (byte[])key.Clone();
    }

    public ReadOnlySpan<byte> Key => key;

    /// <summary>"configuration" or the key file's path.</summary>
    public string Source { get; private init; } = "configuration";

    /// <param name="createIfMissing">false for read-only use (verification): a fresh key could only report a broken chain.</param>
    public static AuditKey Resolve(string? configuredBase64, string dataDirectory, bool createIfMissing = true)
    {
        if (!string.IsNullOrWhiteSpace(configuredBase64))
        {
            return FromBase64(configuredBase64, $"配置项 {ConfigurationKey}");
        }

        var file = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(file) && createIfMissing)
        {
            Create(file);
        }

        if (!File.Exists(file))
        {
            throw new ConfigurationProblem($"未配置 {ConfigurationKey}，且找不到审计密钥文件“{file}”。 (No audit key.)");
        }

        return new AuditKey(FromBase64(File.ReadAllText(file), $"审计密钥文件“{file}”").key) { Source = file };
    }

    private static AuditKey FromBase64(string text, string source)
    {
        try
        {
            return new AuditKey(Convert.FromBase64String(text.Trim()));
        }
        catch (FormatException e)
        {
            throw new ConfigurationProblem($"{source}不是有效的 base64。 (The audit key is not valid base64.)", e);
        }
    }

    private static void Create(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        try
        {
            // CreateNew: two processes starting together must not each write a different key.
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinLength)));
        }
        catch (IOException) when (File.Exists(file))
        {
            // another process created it first: use theirs
        }
    }
}
