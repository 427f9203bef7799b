using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Deployment;
using Dangjian.Core.Account;
using Microsoft.AspNetCore.Identity;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// <c>init --county NAME [--sysadmin LOGIN] [--secadmin LOGIN] [--auditor LOGIN]</c>: the first start of a real
/// deployment. Uses the app's own services and configuration (so the same database settings apply), applies the
/// schema, then <see cref="CountyInitialization"/>. One-time passwords are printed here once and stored nowhere in clear.
/// </summary>
public static class InitCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? errors = null)
    {
        output ??= Console.Out;
        errors ??= Console.Error;
        // Quiet by default (the one-time passwords must not scroll away among SQL logs); later arguments still override.
        await using var app = AppBuilder.Build(["--Logging:LogLevel:Default=Warning", .. args]);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        await SchemaMigrator.MigrateAsync(db);

        var config = services.GetRequiredService<IConfiguration>();
        var request = new CountyInitialization.Request(config["county"], config["sysadmin"] ?? "sysadmin",
            config["secadmin"] ?? "secadmin", config["auditor"] ?? "auditor");
        var result = await new CountyInitialization(db, services.GetRequiredService<UserManager<AppUser>>(),
            services.GetRequiredService<RoleManager<AppRole>>()).RunAsync(request);
        if (!result.Succeeded)
        {
            foreach (var (option, message) in result.Errors)
            {
                await errors.WriteLineAsync($"初始化失败（--{option}）：{message}");
            }

            return 2;
        }

        await output.WriteLineAsync($"已建立县委“{request.CountyName!.Trim()}”和三员账号。以下一次性密码只显示这一次，请分别当面交给三位管理员：");
        foreach (var admin in result.Admins)
        {
            await output.WriteLineAsync($"  {Roles.ChineseNames[admin.Role],-6} 账号 {admin.UserName,-12} 一次性密码 {admin.OneTimePassword}");
        }

        await output.WriteLineAsync("首次登录时必须修改密码并绑定手机验证器（TOTP）。之后由系统管理员建立账号、安全管理员授予角色和管辖范围。");
        return 0;
    }
}
