using Dangjian.Core.Members;
using Dangjian.Core.Security;

namespace Dangjian.Core.Account;

/// <summary>An account holder's mobile number, kept as a member's is: encrypted value and display mask together.</summary>
public static class AccountPhone
{
    public static void Set(IFieldCipher cipher, AppUser user, string? phone)
    {
        var digits = phone?.Trim();
        user.PhoneCipher = string.IsNullOrEmpty(digits) ? null : cipher.Encrypt(digits);
        user.PhoneMasked = string.IsNullOrEmpty(digits) ? null : MemberSecrets.MaskPhone(digits);
    }
}
