using Dangjian.Core.Organizations;
using Microsoft.AspNetCore.Identity;

namespace Dangjian.Core.Account;

/// <summary>An account, bound to exactly one organization whose subtree it may see.</summary>
public class AppUser : IdentityUser<int>
{
    public required string DisplayName { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public bool MustChangePassword { get; set; }

    /// <summary>
    /// While set, the account's password was (re)set by the system administrator and cannot be used: this holds the
    /// second half of the one-time password, encrypted, until the security administrator releases it (三员分立).
    /// </summary>
    public string? PendingPasswordPart { get; set; }

    /// <summary>The TOTP time step of the last accepted authenticator code: a code of that step or earlier is refused.</summary>
    public long? AuthenticatorLastStep { get; set; }

    /// <summary>The person's mobile number, encrypted like a member's (<see cref="AccountPhone"/>); never stored in clear.</summary>
    public string? PhoneCipher { get; set; }

    /// <summary>"138****5678", what lists show.</summary>
    public string? PhoneMasked { get; set; }

    /// <summary>The administrator's note on the account (备注), e.g. the person's post.</summary>
    public string? Note { get; set; }
}

public class AppRole : IdentityRole<int>
{
    public string? DisplayName { get; set; }
}
