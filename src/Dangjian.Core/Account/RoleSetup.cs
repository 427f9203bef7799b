using Microsoft.AspNetCore.Identity;

namespace Dangjian.Core.Account;

/// <summary>Creates the roles of <see cref="Roles"/> that do not exist yet (first start of any database).</summary>
public static class RoleSetup
{
    public static async Task EnsureAsync(RoleManager<AppRole> roles)
    {
        foreach (var (role, chinese) in Roles.ChineseNames)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new AppRole { Name = role, DisplayName = chinese });
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
                }
            }
        }
    }
}
