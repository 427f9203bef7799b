using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Infrastructure;

public static class AppBuilder
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        AddServices(builder.Services, builder.Configuration, builder.Environment);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    public static void AddServices(IServiceCollection services, IConfiguration configuration, IWebHostEnvironment env)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton(sp => DatabaseSetup.Resolve(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, env.ContentRootPath));
        services.AddHttpContextAccessor();
        services.AddScoped<IOrgScope, HttpOrgScope>();
        var dataDirectory = Path.GetFullPath(configuration["Database:DataDirectory"] ?? "data", env.ContentRootPath);
        services.AddSingleton<IAuditKey>(_ => AuditKey.Resolve(configuration[AuditKey.ConfigurationKey], dataDirectory));
        services.AddSingleton(sp => new AuditWriter(sp.GetRequiredService<IAuditKey>()));
        services.AddScoped<IAuditContext, HttpAuditContext>();
        services.AddScoped<AuditInterceptor>();
        services.AddDbContext<AppDbContext>((sp, options) =>
        {
            sp.GetRequiredService<DatabaseSetup>().Configure(options);
            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>());
        });
        services.AddHostedService<DatabaseInitializer>();
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));

        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppClaimsFactory>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.AccessDeniedPath = "/Account/Denied";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            o.SlidingExpiration = true;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.EditOrganizations, p => p.RequireRole(Roles.OrganizationEditors.Split(',')));
        services.AddRazorPages();
    }

    public static void UsePipeline(WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
    }
}

public static class Policies
{
    public const string EditOrganizations = nameof(EditOrganizations);
}
