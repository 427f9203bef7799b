using System.Security.Claims;
using Dangjian.Core.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Infrastructure;

/// <summary>Adds the display name and organization id to the sign-in cookie.</summary>
public sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    public const string DisplayName = "display_name";
    public const string OrganizationId = "org_id";
    public const string MustChangePassword = "must_change_pw";
    public const string TwoFactor = "two_factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(OrganizationId, user.OrganizationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(MustChangePassword, user.MustChangePassword ? "true" : "false"));
        identity.AddClaim(new Claim(TwoFactor, user.TwoFactorEnabled ? "true" : "false"));
        return identity;
    }
}
