using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// Until the database holds an organization (no demo seed and no <c>init</c> yet) every page answers with what to run
/// instead of a login page nobody can pass. Once initialized it costs one field read per request.
/// </summary>
public sealed class SetupGate(RequestDelegate next, SetupState state)
{
    public async Task InvokeAsync(HttpContext context, AppDbContext db)
    {
        if (!state.Initialized)
        {
            state.Initialized = await db.Organizations.IgnoreQueryFilters().AnyAsync(context.RequestAborted);
        }

        if (state.Initialized)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Page, context.RequestAborted);
    }

    // Fixed text only: nothing from the request or the database is written into it.
    private const string Page = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>系统尚未初始化 - 党建责任制工作台</title><link rel="stylesheet" href="/css/site.css"></head>
        <body><main class="container" id="setup-needed">
        <h1>系统尚未初始化</h1>
        <p>这是一个空的数据库：还没有县委，也没有任何账号，所以暂时无法登录。</p>
        <p>请在服务器上（应用所在目录，使用与应用相同的数据库配置）运行一次：</p>
        <pre>dotnet run --project src/Dangjian.Web -- init --county "某某县委"</pre>
        <p>已发布的程序包中运行：<code>dotnet Dangjian.Web.dll init --county "某某县委"</code>。</p>
        <p>命令会建立县委和系统管理员、安全管理员、审计管理员三个账号，并只显示一次各自的一次性密码；
        三人首次登录时必须修改密码并绑定手机验证器。完成后刷新本页即可登录。详见 docs/operations/deployment.md。</p>
        <p>只想试用？不设置 <code>Database__SeedDemo=false</code> 启动，空数据库会自动生成虚构的演示县。</p>
        </main></body></html>
        """;
}

/// <summary>Whether the database has been initialized; remembered once true (a database never goes back to empty).</summary>
public sealed class SetupState
{
    private volatile bool initialized;

    public bool Initialized
    {
        get => initialized;
        set => initialized = value;
    }
}
