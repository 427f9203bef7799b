using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Dangjian.Core.Audit;
using Dangjian.Core.Admin.Accounts;
using Dangjian.Core.Admin.Roles;
using Dangjian.Core.Time;
using Microsoft.AspNetCore.DataProtection;

namespace Dangjian.Web.Pages.Admin;

/// <summary>
/// The password-halves sheet of a bulk step, downloadable for an hour by the administrator who ran it: the halves
/// travel inside the page encrypted and signed (never written to disk on the server), the sheet is built in memory on
/// download, and every download is audited (who, which accounts; never the passwords).
/// </summary>
public sealed class PasswordHalves(IDataProtectionProvider protection, PasswordSheetExport export, IAuditContext actor, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public string Protect(IReadOnlyList<PasswordHalf> halves, bool firstHalf) =>
        Protector(firstHalf).Protect(JsonSerializer.Serialize(halves), Lifetime);

    /// <summary>The sheet's bytes and file name, or null when the payload is missing, expired or not this administrator's.</summary>
    public async Task<(byte[] Bytes, string FileName)?> DownloadAsync(string? payload, bool firstHalf, CancellationToken ct)
    {
        List<PasswordHalf>? halves;
        try
        {
            halves = string.IsNullOrEmpty(payload) ? null : JsonSerializer.Deserialize<List<PasswordHalf>>(Protector(firstHalf).Unprotect(payload));
        }
        catch (Exception e) when (e is CryptographicException or JsonException)
        {
            halves = null;
        }

        if (halves is null || halves.Count == 0)
        {
            return null;
        }

        var bytes = await export.ExportAsync(halves, firstHalf, ct);
        return (bytes, $"{PasswordSheetExport.Label(firstHalf)}_{clock.Today().ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx");
    }

    private ITimeLimitedDataProtector Protector(bool firstHalf) =>
        protection.CreateProtector("password-halves", firstHalf ? "first" : "second", actor.UserName).ToTimeLimitedDataProtector();
}
