using Dangjian.Core.Security;

namespace Dangjian.Core.Members;

/// <summary>Writes and reveals a member's sensitive fields: encrypted value, blind index and display mask together.</summary>
public sealed class MemberSecrets(IFieldCipher cipher, IBlindIndex index)
{
    /// <summary>Stores a resident ID that the caller has validated; null clears it.</summary>
    public void SetResidentId(Member member, string? residentId)
    {
        var id = string.IsNullOrWhiteSpace(residentId) ? null : ResidentId.Normalize(residentId);
        member.ResidentIdCipher = id is null ? null : cipher.Encrypt(id);
        member.ResidentIdIndex = id is null ? null : index.Compute(id);
        member.ResidentIdMasked = id is null ? null : ResidentId.Mask(id);
    }

    /// <summary>The blind index to look a resident ID up by (duplicate check, search).</summary>
    public string ResidentIdIndexOf(string residentId) => index.Compute(ResidentId.Normalize(residentId));

    public void SetPhone(Member member, string? phone)
    {
        var digits = phone?.Trim();
        member.PhoneCipher = string.IsNullOrEmpty(digits) ? null : cipher.Encrypt(digits);
        member.PhoneMasked = string.IsNullOrEmpty(digits) ? null : MaskPhone(digits);
    }

    /// <summary>Decrypts for an explicit reveal; the caller must write the audit record.</summary>
    public string? RevealResidentId(Member member) => member.ResidentIdCipher is { } c ? cipher.Decrypt(c) : null;

    public string? RevealPhone(Member member) => member.PhoneCipher is { } c ? cipher.Decrypt(c) : null;

    /// <summary>"138****5678": first 3 and last 4 of a mobile number; shorter numbers keep only the last 4.</summary>
    public static string MaskPhone(string phone) => phone.Length switch
    {
        >= 11 => $"{phone[..3]}****{phone[^4..]}",
        > 4 => $"{new string('*', phone.Length - 4)}{phone[^4..]}",
        _ => new string('*', phone.Length),
    };
}
