using Dangjian.Core.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// Sign-in with two rules of this system: an unknown user name costs the same password-hash work as a known one
/// (no user enumeration by timing), and an account whose password is waiting to be released by the security
/// administrator (三员分立) cannot sign in, whoever knows a part of its password.
/// </summary>
public sealed class IdentitySignIn(UserManager<AppUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<AppUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation, DummyPasswordHash dummy)
    : SignInManager<AppUser>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            dummy.Verify(password);
            return SignInResult.Failed;
        }

        if (user.PendingPasswordPart is not null)
        {
            // Only someone who typed the whole password learns that the account waits for release.
            return await UserManager.CheckPasswordAsync(user, password) ? SignInResult.NotAllowed : SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<bool> CanSignInAsync(AppUser user) =>
        user.PendingPasswordPart is null && await base.CanSignInAsync(user);
}

/// <summary>A hash of a random password, made once with the real hasher, to verify against when the user is unknown.</summary>
public sealed class DummyPasswordHash(IOptions<PasswordHasherOptions> options)
{
    private static readonly AppUser Nobody = new() { DisplayName = "", UserName = "" };
    private readonly PasswordHasher<AppUser> hasher = new(options);
    private readonly Lazy<string> hash = new(() => new PasswordHasher<AppUser>(options).HashPassword(Nobody, PasswordGenerator.Next(16)));
    private int uses;

    /// <summary>How many times the dummy path ran (a test checks that a missing user takes it).</summary>
    public int Uses => uses;

    public void Verify(string password)
    {
        Interlocked.Increment(ref uses);
        _ = hasher.VerifyHashedPassword(Nobody, hash.Value, password);
    }
}
