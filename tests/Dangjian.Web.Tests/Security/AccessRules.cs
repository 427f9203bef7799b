using Dangjian.Core.Account;

namespace Dangjian.Web.Tests.Security;

/// <summary>What the authorization matrix expects of every endpoint: who may open it and what its id names.</summary>
public static class AccessRules
{
    public enum Target { None, Organization, Account, Cadre, Member, DevelopmentCase, WeakOrganization, TaskAssignment, Inspection,
        RectificationItem, Bulletin, Meeting, ReviewPlan, ReviewParticipant, Honour, RectificationNotice, Assignment, ContactPoint, Project }

    /// <param name="Always">a status every caller gets (the access-denied page answers 403 to everyone).</param>
    /// <param name="FormOnPost">the organization comes from a form field on POST, not the URL: posts check roles only.</param>
    public sealed record Rule(string[]? Roles, Target Target = Target.None, string Query = "", string? Always = null, bool FormOnPost = false)
    {
        public bool Anonymous => Roles is null;
    }

    private static readonly string[] Everyone = [.. Core.Account.Roles.ChineseNames.Keys];
    private static readonly string[] Business = [.. Core.Account.Roles.Business];
    private static readonly string[] Editors = Core.Account.Roles.OrganizationEditors.Split(',');
    private static readonly string[] MemberEditors = Core.Account.Roles.MemberEditors.Split(',');
    private static readonly string[] LoopReporters = Core.Account.Roles.MemberEditors.Split(',');
    private static readonly string[] ReportViewers = Core.Account.Roles.ReportViewers.Split(',');
    private static readonly string[] ReportEditors = Core.Account.Roles.ReportEditors.Split(',');
    private static readonly string[] ReviewViewers = Core.Account.Roles.ReviewViewers.Split(',');
    private static readonly string[] ReviewEditors = Core.Account.Roles.ReviewEditors.Split(',');

    /// <summary>Keyed by the endpoint's display name (a page's path). A new endpoint needs a line here.</summary>
    public static readonly IReadOnlyDictionary<string, Rule> Pages = new Dictionary<string, Rule>
    {
        ["/Index"] = new(Everyone),
        ["/Error"] = new(null),
        ["/Account/Login"] = new(null),
        ["/Account/Logout"] = new(null),
        ["/Account/Denied"] = new(null, Always: "denied"),
        ["/Account/LoginWith2fa"] = new(null),
        ["/Account/ChangePassword"] = new(Everyone),
        ["/Account/EnableAuthenticator"] = new(Everyone),
        ["/Organizations/Index"] = new(Business),
        ["/Organizations/Details"] = new(Business, Target.Organization),
        ["/Organizations/Edit"] = new(Editors, Target.Organization),
        ["/Organizations/Move"] = new(Editors, Target.Organization),
        ["/Organizations/Deactivate"] = new(Editors, Target.Organization),
        ["/Organizations/Create"] = new(Editors, Target.Organization, "parent"),
        ["/Organizations/Import"] = new(Editors),
        // Each ledger's own role check (the policy of its entry form) is tested with the ledger; without one the page leads to the list.
        ["/Imports/Index"] = new(Business),
        ["/Imports/Ledger"] = new(Business),
        ["/Members/Index"] = new(Business, Target.Organization, "org"),
        ["/Members/Details"] = new(Business, Target.Member),
        ["/Members/Edit"] = new(MemberEditors, Target.Member),
        ["/Members/Transfer"] = new(MemberEditors, Target.Member),
        ["/Members/Create"] = new(MemberEditors, Target.Organization, "org", FormOnPost: true),
        ["/Members/Export"] = new(Business, Target.Organization, "org"),
        ["/Members/Import/Index"] = new(MemberEditors, Target.Organization, "org", FormOnPost: true),
        ["/Members/Import/Map"] = new(MemberEditors),
        ["/Members/Import/Result"] = new(MemberEditors),
        ["/Members/Import/Progress"] = new(MemberEditors),
        ["/Cadres/Index"] = new(Business),
        ["/Cadres/Create"] = new(Editors),
        ["/Cadres/Edit"] = new(Editors, Target.Cadre),
        ["/Cadres/Statistics"] = new(Business),
        ["/Cadres/Qualifications/Index"] = new(Business),
        ["/Cadres/Qualifications/Create"] = new(Editors),
        ["/Cadres/Reserves/Index"] = new(Business),
        ["/Cadres/Reserves/Create"] = new(Editors),
        ["/Cadres/Assignments/Index"] = new(Business),
        ["/Cadres/Assignments/Create"] = new(Editors),
        ["/Cadres/Assignments/Edit"] = new(Editors, Target.Assignment),
        ["/Cadres/Terms/Create"] = new(Editors),
        ["/Development/Index"] = new(Business),
        ["/Development/Create"] = new(MemberEditors, Target.Organization, "org", FormOnPost: true),
        ["/Development/Details"] = new(Business, Target.DevelopmentCase),
        ["/Development/Calendar"] = new(Business),
        ["/Building/Index"] = new(Business),
        ["/Building/Weak"] = new(Business, Target.WeakOrganization),
        ["/Building/Standardization"] = new(Business),
        ["/Building/Titles"] = new(Business),
        ["/Building/Income"] = new(Business),
        // Everyone reads the county's honour names; who may change them (the county) is tested with the feature.
        ["/Building/HonourNames"] = new(Business),
        ["/Building/Honours/Index"] = new(Business),
        ["/Building/Honours/Create"] = new(Editors, Target.Organization, "org", FormOnPost: true),
        ["/Building/Honours/Edit"] = new(Editors, Target.Honour),
        ["/Building/Projects/Index"] = new(Business),
        ["/Building/Projects/Create"] = new(Editors),
        ["/Building/Projects/Edit"] = new(Editors, Target.Project),
        ["/Building/Statistics"] = new(Business),
        ["/Building/StatisticDefinitions"] = new([Roles.CountyOrgDept]),
        ["/Loop/Index"] = new(Business),
        ["/Loop/Tasks/Index"] = new(Business),
        ["/Loop/Tasks/Create"] = new(Editors),
        ["/Loop/Tasks/Report"] = new(LoopReporters, Target.TaskAssignment),
        ["/Loop/Inspections/Index"] = new(Business),
        ["/Loop/Inspections/Create"] = new(Editors),
        ["/Loop/Inspections/Details"] = new(Business, Target.Inspection),
        ["/Loop/Rectification/Index"] = new(Business),
        ["/Loop/Rectification/Create"] = new(Editors),
        ["/Loop/Rectification/Details"] = new(Business, Target.RectificationItem),
        ["/Loop/Bulletins/Index"] = new(Business),
        ["/Loop/Bulletins/Edit"] = new(Editors, Target.Bulletin),
        ["/Loop/Bulletins/Download"] = new(Business, Target.Bulletin),
        ["/Loop/Talks/Index"] = new(Business),
        ["/Loop/Contacts/Index"] = new(Business),
        ["/Loop/Contacts/Create"] = new(Editors),
        ["/Loop/Contacts/Edit"] = new(Editors, Target.ContactPoint),
        ["/Loop/Contacts/Details"] = new(Business, Target.ContactPoint),
        ["/Loop/Contacts/Visit"] = new(Editors, Target.ContactPoint),
        ["/Loop/Contacts/Kinds"] = new([Core.Account.Roles.CountyOrgDept]),
        ["/Loop/Accountability/Index"] = new(Business),
        ["/Loop/HonorRoll/Index"] = new(Business),
        ["/Loop/Notices/Index"] = new(Business),
        ["/Loop/Notices/Create"] = new(Editors),
        ["/Loop/Notices/Edit"] = new(Editors, Target.RectificationNotice),
        ["/Loop/Commitments/Index"] = new(Business),
        ["/Loop/Service/Index"] = new(Business),
        ["/Meetings/Index"] = new(Business, Target.Organization, "org"),
        ["/Meetings/Create"] = new(MemberEditors, Target.Organization, "org", FormOnPost: true),
        ["/Meetings/Details"] = new(Business, Target.Meeting),
        ["/Meetings/Edit"] = new(MemberEditors, Target.Meeting),
        ["/Meetings/SignIn"] = new(Business, Target.Organization, "org"),
        ["/Meetings/Ledger"] = new(Business, Target.Organization, "org"),
        ["/OrgLife/Calendar"] = new(Business, Target.Organization, "org"),
        ["/OrgLife/HeatMap"] = new(Business, Target.Organization, "org"),
        ["/OrgLife/Gaps"] = new(Business, Target.Organization, "org"),
        ["/OrgLife/Themes"] = new(Business, Target.Organization, "org"),
        ["HTTP: GET /api/meetings"] = new(Business, Target.Organization, "organizationId"),
        // The GET matrix reaches the list through this shared pattern; who may POST is checked in MeetingsApiTests.
        ["HTTP: POST /api/meetings"] = new(Business, Target.Organization, "organizationId"),
        ["/Reports/Index"] = new(ReportViewers),
        ["/Reports/Overview"] = new(ReportViewers),
        ["/Reports/Compose"] = new(ReportEditors, Target.Organization, "org"),
        ["/Reports/Draft"] = new(ReportViewers, Target.Organization, "org"),
        ["/Reports/Edit"] = new(ReportEditors, Target.Organization, "org"),
        ["/Reports/Figure"] = new(ReportViewers, Target.Organization, "org"),
        ["/Reports/Check"] = new(ReportViewers, Target.Organization, "org"),
        ["/Reports/Download"] = new(ReportViewers, Target.Organization, "org"),
        ["/Reports/Highlights/Index"] = new(ReportViewers),
        // The record's kind comes in ?kind= and defaults to a meeting, so the matrix tries meetings in each relation.
        ["/Reports/Highlights/Edit"] = new(ReportEditors, Target.Meeting),
        ["/Reports/Campaigns"] = new(ReportEditors),
        ["/Reports/Template/Index"] = new(ReportViewers),
        ["/Reports/Template/Wording"] = new([Roles.CountyOrgDept]),
        ["/Reports/Template/Theme"] = new([Roles.CountyOrgDept]),
        ["/Reports/Template/Indicators"] = new([Roles.CountyOrgDept]),
        ["/Reports/Template/Categories"] = new([Roles.CountyOrgDept]),
        ["/Reports/Template/Category"] = new([Roles.CountyOrgDept]),
        ["/Reports/Template/Tag"] = new([Roles.CountyOrgDept]),
        ["/Reviews/Index"] = new(ReviewViewers),
        ["/Reviews/Create"] = new(ReviewEditors),
        ["/Reviews/Plan"] = new(ReviewViewers, Target.ReviewPlan),
        ["/Reviews/Rules"] = new(ReviewEditors, Target.ReviewPlan),
        ["/Reviews/Download"] = new(ReviewViewers, Target.ReviewPlan),
        ["/Reviews/Participant"] = new(ReviewViewers, Target.ReviewParticipant),
        ["/Reviews/Figure"] = new(ReviewViewers, Target.ReviewParticipant),
        ["/WorkRecords/Index"] = new(Business),
        ["/WorkRecords/Create"] = new(MemberEditors, Target.Organization, "org", FormOnPost: true),
        ["/Admin/Accounts/Index"] = new([Roles.SysAdmin]),
        ["/Admin/Accounts/Create"] = new([Roles.SysAdmin]),
        ["/Admin/Accounts/Edit"] = new([Roles.SysAdmin], Target.Account),
        ["/Admin/Accounts/Import"] = new([Roles.SysAdmin]),
        ["/Admin/Roles/Index"] = new([Roles.SecAdmin]),
        ["/Admin/Roles/Edit"] = new([Roles.SecAdmin], Target.Account),
        ["/Admin/Roles/Import"] = new([Roles.SecAdmin]),
        ["/Admin/Roles/Bulk"] = new([Roles.SecAdmin]),
        ["/Audit/Index"] = new([Roles.Auditor]),
        ["/Audit/Export"] = new([Roles.Auditor]),
        ["/Audit/Verify"] = new([Roles.Auditor]),
        ["/Audit/Checkpoint"] = new([Roles.Auditor]),
    };
}
