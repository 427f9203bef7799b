using System.Security.Cryptography;
using System.Text.Json;
using Dangjian.Core.Members.Import;
using Dangjian.Core.Security;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// Uploaded rosters kept between preview and import in &lt;DataDirectory&gt;/uploads (mode 0700) under a random name,
/// with a small sidecar naming the uploader (only they may use it). Both are encrypted at rest (<see cref="SealedFile"/>,
/// key derived from the field key) and created with mode 0600; the roster's plain bytes exist only in memory.
/// Deleted when the import ends in any way, all of them at start-up, and unused ones after a day.
/// </summary>
public sealed class UploadStore(string dataDirectory, byte[] storeKey)
{
    public const string KeyLabel = "uploads";

    public sealed record Upload(string Token, RosterFormat Format, string FileName, int UserId, int OrganizationId);

    private sealed record Sidecar(RosterFormat Format, string FileName, int UserId, int OrganizationId);

    public string Folder => Path.Combine(dataDirectory, "uploads");

    /// <summary>Encrypts a checked roster into the store; returns its token.</summary>
    public async Task<string> SaveAsync(Stream roster, RosterFormat format, string fileName, int userId, int organizationId, CancellationToken ct)
    {
        CreateFolder();
        SweepUnused();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        try
        {
            await WriteAsync(token + ".upload", roster, ct);
            using var sidecar = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new Sidecar(format, Path.GetFileName(fileName), userId, organizationId)));
            await WriteAsync(token + ".json", sidecar, ct);
        }
        catch
        {
            Delete(token);
            throw;
        }

        return token;
    }

    /// <summary>The upload if the token is well-formed, the file still exists, decrypts, and belongs to <paramref name="userId"/>.</summary>
    public Upload? Find(string? token, int userId)
    {
        if (token is not { Length: 32 } || !token.All(char.IsAsciiHexDigitLower) || !File.Exists(PathOf(token + ".upload")))
        {
            return null;
        }

        var s = Read(token + ".json") is { } json ? JsonSerializer.Deserialize<Sidecar>(json.ToArray()) : null;
        return s is null || s.UserId != userId ? null : new Upload(token, s.Format, s.FileName, s.UserId, s.OrganizationId);
    }

    /// <summary>The roster's plain bytes (at most the upload limit) in memory; null when it is gone or does not decrypt.</summary>
    public MemoryStream? Open(Upload upload) => Read(upload.Token + ".upload");

    public void Delete(string token)
    {
        foreach (var ext in new[] { ".upload", ".json" })
        {
            File.Delete(PathOf(token + ext));
        }
    }

    /// <summary>At start-up no import is running, so every file left by one cut short goes.</summary>
    public int DeleteAll()
    {
        if (!Directory.Exists(Folder))
        {
            return 0;
        }

        var files = Directory.GetFiles(Folder);
        foreach (var file in files)
        {
            File.Delete(file);
        }

        return files.Length;
    }

    private string PathOf(string name) => Path.Combine(Folder, name);

    private void CreateFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Folder);
            return;
        }

        Directory.CreateDirectory(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetUnixFileMode(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private async Task WriteAsync(string name, Stream plain, CancellationToken ct)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var file = new FileStream(PathOf(name), options);
        await SealedFile.EncryptAsync(plain, file, storeKey, ct);
    }

    private MemoryStream? Read(string name)
    {
        try
        {
            using var file = new FileStream(PathOf(name), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var plain = new MemoryStream();
            SealedFile.Decrypt(file, plain, storeKey);
            plain.Position = 0;
            return plain;
        }
        catch (Exception e) when (e is SealedFileException or FileNotFoundException)
        {
            return null;
        }
    }

    // An upload previewed but never imported nor cancelled.
    private void SweepUnused()
    {
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            // the file system stamps files with the machine's clock, so the age is measured on that clock too
            if (File.GetLastWriteTimeUtc(file) < TimeProvider.System.UtcNow().AddDays(-1))
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // in use by a running import; swept next time
                }
            }
        }
    }
}

/// <summary>Deletes every upload left behind when the process stopped (crash, kill, power loss) before the app serves.</summary>
public sealed class UploadCleanup(UploadStore uploads, ILogger<UploadCleanup> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var removed = uploads.DeleteAll();
        if (removed > 0)
        {
            log.LogInformation("Deleted {Count} upload files left by an earlier run.", removed);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
