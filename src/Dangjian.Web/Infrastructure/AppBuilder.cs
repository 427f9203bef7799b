using Microsoft.Extensions.DependencyInjection.Extensions;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Members;
using Dangjian.Core.Members.Import;
using Dangjian.Core.Security;
using Dangjian.Web.Infrastructure;
using Dangjian.Web.Meetings;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using System.Text.Encodings.Web;
using System.Text.Unicode;

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

    /// <summary>Every Core operation (<see cref="Dangjian.Core.Operations.IOperation"/>) as scoped, found once by reflection.</summary>
    private static void AddOperations(IServiceCollection services)
    {
        var operations = typeof(Dangjian.Core.Operations.IOperation).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Dangjian.Core.Operations.IOperation).IsAssignableFrom(t));
        foreach (var type in operations)
        {
            services.TryAddScoped(type);
        }
    }

    public static void AddServices(IServiceCollection services, IConfiguration configuration, IWebHostEnvironment env)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton(sp => DatabaseSetup.Resolve(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, env.ContentRootPath));
        services.AddHttpContextAccessor();
        services.AddScoped<IOrgScope, HttpOrgScope>();
        services.AddSingleton<IAuditKey>(sp => AuditKey.Resolve(sp.GetRequiredService<IConfiguration>()[AuditKey.ConfigurationKey], KeyDirectory(sp, env)));
        services.AddSingleton(sp => CheckpointKey.Resolve(sp.GetRequiredService<IConfiguration>()[CheckpointKey.ConfigurationKey], KeyDirectory(sp, env)));
        services.AddSingleton<AuditCheckpoints>();
        services.AddSingleton(sp => new AuditWriter(sp.GetRequiredService<IAuditKey>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IAuditContext, HttpAuditContext>();
        services.AddScoped<AuditInterceptor>();
        services.AddDbContext<AppDbContext>((sp, options) =>
        {
            sp.GetRequiredService<DatabaseSetup>().Configure(options);
            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>());
        });
        services.AddSingleton<Dangjian.Core.Data.Replication.ReadOnlyDatabase>();
        services.AddScoped<Dangjian.Core.Data.Replication.ReadRoute>();
        services.AddHostedService<DatabaseInitializer>();
        services.AddSingleton<SetupState>();
        services.AddDataProtection();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
            o.XmlRepository = new FileSystemXmlRepository(
                new DirectoryInfo(Path.Combine(DataDirectory(sp, env), "keys")), sp.GetRequiredService<ILoggerFactory>())));
        services.AddFieldSecurity(sp => KeyDirectory(sp, env));
        services.AddSingleton<MemberSecrets>();
        services.AddScoped<MemberRegistry>();
        services.AddScoped<MemberImporter>();
        services.AddScoped<Dangjian.Core.Organizations.Import.OrganizationImport>();
        Dangjian.Core.Imports.Ledgers.LedgerServices.AddLedgers(services);
        services.AddScoped<Dangjian.Core.Admin.Accounts.AccountImport>();
        services.AddScoped<Dangjian.Core.Admin.Roles.RoleGrants>();
        services.AddScoped<Dangjian.Web.Pages.Admin.PasswordHalves>();
        services.AddSingleton<ImportJobs>();
        services.Configure<ImportQueueOptions>(configuration.GetSection(ImportOptions.Section));
        services.AddHostedService<ImportQueue>();
        services.AddScoped<BackgroundImport>();
        services.Configure<ImportOptions>(configuration.GetSection(ImportOptions.Section));
        services.AddSingleton(sp => new UploadStore(DataDirectory(sp, env), SealedFile.DeriveKey(sp.GetRequiredService<SecurityKeys>().FieldKey, UploadStore.KeyLabel)));
        services.AddHostedService<UploadCleanup>();
        services.AddScoped<Dangjian.Core.Development.DueList>();
        services.AddScoped<Dangjian.Core.Dashboard.DueItems>();
        services.AddScoped(sp => new Dangjian.Core.Dashboard.CountyOverview(sp.GetRequiredService<Dangjian.Core.Data.Replication.ReadRoute>().Context));
        services.Configure<Dangjian.Core.Building.BuildingSettings>(configuration.GetSection(Dangjian.Core.Building.BuildingSettings.Section));
        services.AddSingleton(sp => new Dangjian.Core.Attachments.AttachmentFiles(DataDirectory(sp, env),
            SealedFile.DeriveKey(sp.GetRequiredService<SecurityKeys>().FieldKey, Dangjian.Core.Attachments.AttachmentFiles.KeyLabel)));
        services.AddSingleton<AttachmentStore>();
        services.AddScoped<Dangjian.Core.Building.Honours.HonourNames>();
        services.AddScoped<Dangjian.Core.Reports.Check.RecordCheck>();
        services.AddScoped<Dangjian.Core.Reports.Highlights.HighlightRecords>();
        AddOperations(services);
        services.ConfigureHttpJsonOptions(o => MeetingsApi.Configure(o.SerializerOptions));

        ForwardedHeadersSetup.Configure(services);
        ErrorPages.AddServices(services);
        services.AddAppIdentity();
        services.AddRazorPages(o => PageAccess.Configure(o.Conventions))
            .AddMvcOptions(o => o.Filters.Add<UnknownHandlerFilter>())
            .AddMvcOptions(ChineseBinding.Configure)
            // No client-side validation library: without it the summaries' hidden <li style=…> placeholders only trip the CSP.
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        // Chinese text is written as is, not as &#x…; entities: pages are a third of the size on slow links.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
    }

    /// <summary>The configured data folder, resolved against the content root (read when first needed, so test hosts can override it).</summary>
    public static string DataDirectory(IServiceProvider sp, IWebHostEnvironment env) =>
        Path.GetFullPath(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.DataDirectory, env.ContentRootPath);

    /// <summary>Where generated key files go: Security:KeyDirectory, or the data folder (demo only; a warning at start-up).</summary>
    public static string KeyDirectory(IServiceProvider sp, IWebHostEnvironment env) =>
        KeyPlacement.Directory(sp.GetRequiredService<IConfiguration>(), DataDirectory(sp, env), env.ContentRootPath);

    public static void UsePipeline(WebApplication app)
    {
        ForwardedHeadersSetup.Use(app);
        app.UseSecurityHeaders(SecurityHeaders.Policies());
        ErrorPages.Use(app);

        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseStaticFiles();
        app.UseMiddleware<SetupGate>();
        app.UseRouting();
        app.UseMiddleware<StandbyReads>();
        app.UseAuthentication();
        app.UseMiddleware<AccountGate>();
        app.UseAuthorization();
        app.UseMiddleware<UploadSizeGuard>();
        app.MapRazorPages();
        app.MapMeetingsApi();
    }
}
