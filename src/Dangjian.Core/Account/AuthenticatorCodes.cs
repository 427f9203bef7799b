using System.Globalization;
using Dangjian.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Account;

/// <summary>
/// The authenticator-app token provider with replay protection: a code is accepted only for a time step later than
/// the last accepted one, recorded with a conditional update so that two requests racing with the same code cannot
/// both win. Same window as Identity's own provider (two steps either side, for phones whose clock drifts).
/// </summary>
public sealed class AuthenticatorCodes(AppDbContext db, TimeProvider time) : IUserTwoFactorTokenProvider<AppUser>
{
    private const int Window = 2;

    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        var bytes = AuthenticatorTotp.FromBase32(key);
        var now = AuthenticatorTotp.Step(time.GetUtcNow());
        for (var step = now - Window; step <= now + Window; step++)
        {
            if (AuthenticatorTotp.Code(bytes, step) == code)
            {
                return await ClaimStepAsync(user, step);
            }
        }

        return false;
    }

    /// <summary>True when the step is later than the last accepted one (and is now the last accepted one).</summary>
    private async Task<bool> ClaimStepAsync(AppUser user, long step)
    {
        var rows = await db.Database.ExecuteSqlAsync(
            $"UPDATE users SET authenticator_last_step = {step} WHERE id = {user.Id} AND (authenticator_last_step IS NULL OR authenticator_last_step < {step})");
        if (rows == 0)
        {
            return false;
        }

        // The tracked entity must carry the new value, or a later UpdateAsync of this user would write the old one back.
        user.AuthenticatorLastStep = step;
        if (db.Entry(user) is { State: EntityState.Unchanged or EntityState.Modified } entry)
        {
            entry.Property(u => u.AuthenticatorLastStep).OriginalValue = step;
        }

        return true;
    }
}
