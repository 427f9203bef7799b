using System.Security.Cryptography;
using System.Text.Json;
using Dangjian.Core.People.Import;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// Uploaded rosters kept between preview and import in &lt;DataDirectory&gt;/uploads under a random name, with a small
/// sidecar naming the uploader (only they may use it). Deleted after the import; leftovers older than a day are swept.
/// </summary>
public sealed class UploadStore(string dataDirectory)
{
    public sealed record Upload(string Token, string Path, RosterFormat Format, string FileName, int UserId, int OrganizationId);

    private sealed record Sidecar(RosterFormat Format, string FileName, int UserId, int OrganizationId);

    private string Folder => System.IO.Path.Combine(dataDirectory, "uploads");

    /// <summary>A new empty file to write the upload into; call <see cref="Register"/> once it passed the checks.</summary>
    public (string Token, string Path) NewFile()
    {
        Directory.CreateDirectory(Folder);
        Sweep();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return (token, System.IO.Path.Combine(Folder, token + ".upload"));
    }

    public void Register(string token, RosterFormat format, string fileName, int userId, int organizationId) =>
        File.WriteAllText(System.IO.Path.Combine(Folder, token + ".json"),
            JsonSerializer.Serialize(new Sidecar(format, System.IO.Path.GetFileName(fileName), userId, organizationId)));

    /// <summary>The upload if the token is well-formed, the file still exists and it belongs to <paramref name="userId"/>.</summary>
    public Upload? Find(string? token, int userId)
    {
        if (token is not { Length: 32 } || !token.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var sidecar = System.IO.Path.Combine(Folder, token + ".json");
        var path = System.IO.Path.Combine(Folder, token + ".upload");
        if (!File.Exists(sidecar) || !File.Exists(path))
        {
            return null;
        }

        var s = JsonSerializer.Deserialize<Sidecar>(File.ReadAllText(sidecar));
        return s is null || s.UserId != userId ? null : new Upload(token, path, s.Format, s.FileName, s.UserId, s.OrganizationId);
    }

    public void Delete(string token)
    {
        foreach (var ext in new[] { ".upload", ".json" })
        {
            var path = System.IO.Path.Combine(Folder, token + ext);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }

    private void Sweep()
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
