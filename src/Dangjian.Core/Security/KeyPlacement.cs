using Microsoft.Extensions.Configuration;

namespace Dangjian.Core.Security;

/// <summary>
/// Where generated key files live: "Security:KeyDirectory" when configured (a folder apart from the data, e.g. on
/// another volume, not in the database backups), otherwise the data directory (fine for the demo only).
/// </summary>
public static class KeyPlacement
{
    public const string ConfigurationKey = "Security:KeyDirectory";

    public static string Directory(IConfiguration configuration, string dataDirectory, string contentRoot) =>
        configuration[ConfigurationKey] is { Length: > 0 } configured ? Path.GetFullPath(configured, contentRoot) : dataDirectory;

    /// <summary>The one-line start-up warning when key files sit inside the data directory outside the demo, else null.</summary>
    public static string? Warning(IEnumerable<string> keySources, string dataDirectory, bool demo)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory)) + Path.DirectorySeparatorChar;
        var inData = keySources.Where(s => Path.IsPathFullyQualified(s) && Path.GetFullPath(s).StartsWith(root, StringComparison.Ordinal)).ToList();
        return demo || inData.Count == 0
            ? null
            : $"警告：密钥文件 {string.Join("、", inData.Select(Path.GetFileName))} 与数据同在 {dataDirectory}，拿到数据（或备份）的人也就拿到了密钥；请改用环境变量或另设 {ConfigurationKey}（见 docs/operations/keys.md）。";
    }
}
