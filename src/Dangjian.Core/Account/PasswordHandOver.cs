using Dangjian.Core.Security;
using Microsoft.AspNetCore.Identity;

namespace Dangjian.Core.Account;

/// <summary>
/// 三员分立 for passwords an administrator sets (a new account, a reset): the one-time password has two halves.
/// The system administrator sees only the first; the second is kept encrypted until the security administrator
/// releases it, and until then the account cannot sign in at all. No single administrator ever knows the whole
/// password; the person receives one half from each and must change it at first sign-in.
/// </summary>
public static class PasswordHandOver
{
    public const int HalfLength = 6;

    /// <summary>A new one-time password for an account being created: the user, not yet saved, gets its pending half.</summary>
    public static (string FirstHalf, string Password) Prepare(IFieldCipher cipher, AppUser user)
    {
        var (first, second) = (PasswordGenerator.Next(HalfLength), PasswordGenerator.Next(HalfLength));
        user.PendingPasswordPart = cipher.Encrypt(second);
        user.MustChangePassword = true;
        return (first, first + second);
    }

    /// <summary>Replaces the password of an existing account; returns the first half, or the errors.</summary>
    public static async Task<(string? FirstHalf, IdentityResult Result)> ResetAsync(UserManager<AppUser> users, IFieldCipher cipher, AppUser user)
    {
        var (first, password) = Prepare(cipher, user);
        var result = await users.RemovePasswordAsync(user);
        if (result.Succeeded)
        {
            result = await users.AddPasswordAsync(user, password);
        }

        if (result.Succeeded)
        {
            result = await users.UpdateSecurityStampAsync(user);
        }

        return (result.Succeeded ? first : null, result);
    }

    /// <summary>The security administrator's release: returns the second half and makes the account usable.</summary>
    public static async Task<string?> ReleaseAsync(UserManager<AppUser> users, IFieldCipher cipher, AppUser user)
    {
        if (user.PendingPasswordPart is not { } held)
        {
            return null;
        }

        var second = cipher.Decrypt(held);
        user.PendingPasswordPart = null;
        var result = await users.UpdateAsync(user);
        return result.Succeeded ? second : null;
    }
}
