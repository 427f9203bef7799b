using System.Security.Cryptography;
using System.Text.Json;
using Dangjian.Core.Data;
using Microsoft.Extensions.Configuration;

namespace Dangjian.Core.Security;

/// <summary>The field-encryption and blind-index keys, from configuration or (dev/demo) a generated file.</summary>
public sealed record SecurityKeys(byte[] FieldKey, byte[] IndexKey, IReadOnlyList<byte[]> PreviousFieldKeys, string Source)
{
    public const string FileName = "security-keys.json";

    /// <summary>
    /// "Security:FieldKey" and "Security:IndexKey" (base64, 32 bytes) plus optional "Security:PreviousFieldKeys:0…";
    /// when neither is configured the keys are generated once into <paramref name="dataDirectory"/>.
    /// </summary>
    public static SecurityKeys Load(IConfiguration configuration, string dataDirectory)
    {
        var field = configuration["Security:FieldKey"];
        var index = configuration["Security:IndexKey"];
        var previous = configuration.GetSection("Security:PreviousFieldKeys").GetChildren()
            .Select(c => Decode(c.Value, c.Path)).ToList();
        if (!string.IsNullOrWhiteSpace(field) || !string.IsNullOrWhiteSpace(index))
        {
            return new SecurityKeys(Decode(field, "Security:FieldKey"), Decode(index, "Security:IndexKey"), previous, "configuration");
        }

        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            try
            {
                Generate(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new Data.ConfigurationProblem(
                    $"无法在“{Path.GetDirectoryName(path)}”中生成密钥文件，请检查配置项 Database:DataDirectory（或 Security:KeyDirectory）和目录权限，"
                    + "或在配置中给出 Security:FieldKey 和 Security:IndexKey。", e);
            }
        }

        var stored = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? [];
        return new SecurityKeys(Decode(stored.GetValueOrDefault("FieldKey"), $"{path}: FieldKey"),
            Decode(stored.GetValueOrDefault("IndexKey"), $"{path}: IndexKey"), previous, path);
    }

    private static void Generate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var json = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["FieldKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["IndexKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        });
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, options);
        writer.Write(json);
    }

    private static byte[] Decode(string? base64, string name)
    {
        var bytes = new byte[64];
        if (string.IsNullOrWhiteSpace(base64) || !Convert.TryFromBase64String(base64.Trim(), bytes, out var n) || n != 32)
        {
            throw new ConfigurationProblem($"配置项 {name} 应为32字节密钥的 Base64 编码。 ({name} must be a base64 32-byte key.)");
        }

        return bytes[..n];
    }
}
