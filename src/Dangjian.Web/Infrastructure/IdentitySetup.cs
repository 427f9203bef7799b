using Dangjian.Core.Data;
using Dangjian.Core.Account;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Dangjian.Web.Infrastructure;

/// <summary>Accounts, sign-in rules (等保2.0 practice) and the authorization policies.</summary>
public static class IdentitySetup
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(8);

    public static void AddAppIdentity(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Password.RequiredLength = PasswordPolicy.MinLength;
                o.Password.RequireDigit = o.Password.RequireLowercase = o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<AuthenticatorCodes>(TokenOptions.DefaultAuthenticatorProvider)
            .AddSignInManager<IdentitySignIn>()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider>((o, time) => o.TimeProvider = time);
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.AccessDeniedPath = "/Account/Denied";
            o.ExpireTimeSpan = IdleTimeout;
            o.SlidingExpiration = true;
            o.Cookie.Name = "dangjian.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Events.OnSigningIn = SessionLifetime.OnSigningIn;
            o.Events.OnValidatePrincipal = SessionLifetime.OnValidatePrincipal;
            o.Events.OnRedirectToAccessDenied = AccessAudit.OnDenied;
            o.Events.OnRedirectToLogin = Dangjian.Web.Meetings.ApiAnswers.OnRedirectToLogin;
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Business, p => p.RequireRole(Roles.Business))
            .AddPolicy(Policies.EditOrganizations, p => p.RequireRole(Roles.OrganizationEditors.Split(',')))
            .AddPolicy(Policies.EditMembers, p => p.RequireRole(Roles.MemberEditors.Split(',')))
            .AddPolicy(Policies.RevealMemberIds, p => p.RequireRole(Roles.MemberEditors.Split(',')))
            .AddPolicy(Policies.ViewCadres, p => p.RequireRole(Roles.Business))
            .AddPolicy(Policies.EditCadres, p => p.RequireRole(Roles.OrganizationEditors.Split(',')))
            .AddPolicy(Policies.EditDevelopment, p => p.RequireRole(Roles.MemberEditors.Split(',')))
            .AddPolicy(Policies.EditBuilding, p => p.RequireRole(Roles.OrganizationEditors.Split(',')))
            .AddPolicy(Policies.EnterStatistics, p => p.RequireRole(Roles.MemberEditors.Split(',')))
            .AddPolicy(Policies.DefineStatistics, p => p.RequireRole(Roles.CountyOrgDept))
            .AddPolicy(Policies.SelfCheck, p => p.RequireRole(Roles.MemberEditors.Split(',')))
            .AddPolicy(Policies.EditCalendar, p => p.RequireRole(Roles.CountyOrgDept))
            .AddPolicy(Policies.EditHonourNames, p => p.RequireRole(Roles.CountyOrgDept))
            .AddPolicy(Policies.EditLoop, p => p.RequireRole(Roles.OrganizationEditors.Split(',')))
            .AddPolicy(Policies.ReportLoop, p => p.RequireRole(Roles.MemberEditors.Split(',')))
            .AddPolicy(Policies.EditMeetings, p => p.RequireRole(Roles.MemberEditors.Split(',')))
            .AddPolicy(Policies.EditThemes, p => p.RequireRole(Roles.OrganizationEditors.Split(',')))
            .AddPolicy(Policies.EditWorkRecords, p => p.RequireRole(Roles.MemberEditors.Split(',')))
            .AddPolicy(Policies.ViewReports, p => p.RequireRole(Roles.ReportViewers.Split(',')))
            .AddPolicy(Policies.EditReports, p => p.RequireRole(Roles.ReportEditors.Split(',')))
            .AddPolicy(Policies.EditReportTemplate, p => p.RequireRole(Roles.CountyOrgDept))
            .AddPolicy(Policies.EditGuidanceKinds, p => p.RequireRole(Roles.CountyOrgDept))
            .AddPolicy(Policies.ViewReviews, p => p.RequireRole(Roles.ReviewViewers.Split(',')))
            .AddPolicy(Policies.EditReviews, p => p.RequireRole(Roles.ReviewEditors.Split(',')))
            .AddPolicy(Policies.ManageAccounts, p => p.RequireRole(Roles.SysAdmin))
            .AddPolicy(Policies.GrantRoles, p => p.RequireRole(Roles.SecAdmin))
            .AddPolicy(Policies.ReadAudit, p => p.RequireRole(Roles.Auditor));
    }
}

public static class Policies
{
    public const string Business = nameof(Business);
    public const string EditOrganizations = nameof(EditOrganizations);

    /// <summary>Create, edit, transfer, change state and import members (subtree by query filters).</summary>
    public const string EditMembers = nameof(EditMembers);

    /// <summary>Reveal a full resident ID / phone, and export them unmasked (always audited as Reveal).</summary>
    public const string RevealMemberIds = nameof(RevealMemberIds);

    /// <summary>Cadre records are personal data of the business: the three administrators do not see them.</summary>
    public const string ViewCadres = nameof(ViewCadres);
    public const string EditCadres = nameof(EditCadres);

    /// <summary>Record development steps (branch secretaries for their own candidates, the township and county).</summary>
    public const string EditDevelopment = nameof(EditDevelopment);

    /// <summary>Confirm weak organizations, plans, acceptance, titles and incomes: the township and county.</summary>
    public const string EditBuilding = nameof(EditBuilding);

    /// <summary>Enter the county's yearly statistics for organizations in the subtree (township, county, a branch for itself).</summary>
    public const string EnterStatistics = nameof(EnterStatistics);

    /// <summary>Define the county's yearly statistics (name, unit, decimals, who reports them): the county organization department.</summary>
    public const string DefineStatistics = nameof(DefineStatistics);

    /// <summary>A branch's standardization self-check.</summary>
    public const string SelfCheck = nameof(SelfCheck);

    /// <summary>The county-wide holiday calendar.</summary>
    public const string EditCalendar = nameof(EditCalendar);

    /// <summary>The county's own honour names (表彰名称): its organization department only.</summary>
    public const string EditHonourNames = nameof(EditHonourNames);
    /// <summary>Publish task lists, inspect, raise and sign off rectification, issue bulletins, record talks (committees).</summary>
    public const string EditLoop = nameof(EditLoop);

    /// <summary>Report progress and evidence on one's own tasks, rectification items and commitments (branches too).</summary>
    public const string ReportLoop = nameof(ReportLoop);
    /// <summary>Enter meetings, attendance and attachments (page and API), in the subtree by query filters.</summary>
    public const string EditMeetings = nameof(EditMeetings);

    /// <summary>Publish a township's monthly themes (主题党日).</summary>
    public const string EditThemes = nameof(EditThemes);
    /// <summary>Enter work records (调研, 宣讲, 培训…) in the subtree: the same roles that keep the member roster.</summary>
    public const string EditWorkRecords = nameof(EditWorkRecords);

    /// <summary>Duty reports (述职报告): the county reads them, the township's secretary and clerk write them.</summary>
    public const string ViewReports = nameof(ViewReports);
    public const string EditReports = nameof(EditReports);

    /// <summary>A county's report template (wording and county indicators): the county organization department only.</summary>
    public const string EditReportTemplate = nameof(EditReportTemplate);

    /// <summary>The county organization department keeps its county's kinds of contact points and projects.</summary>
    public const string EditGuidanceKinds = nameof(EditGuidanceKinds);

    /// <summary>The annual review: reviewers see their plans; the reviewed (townships, branches) their own row once published.</summary>
    public const string ViewReviews = nameof(ViewReviews);

    /// <summary>Run a review (rules, ballots, comments, publishing): only on plans whose reviewing organization is in scope.</summary>
    public const string EditReviews = nameof(EditReviews);
    public const string ManageAccounts = nameof(ManageAccounts);
    public const string GrantRoles = nameof(GrantRoles);
    public const string ReadAudit = nameof(ReadAudit);
}
