using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Audit;
using Dangjian.Core.Building;
using Dangjian.Core.Loop.Bulletins;
using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Categories;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Reports.Highlights;
using Dangjian.Core.Development;
using Dangjian.Core.Building.Honours;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Core.Account;
using Dangjian.Core.Imports.Ledgers;
using Dangjian.Core.Loop.Inspections;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Members;
using Dangjian.Core.Members.Import;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Loop;
using Dangjian.Core.Loop.Tasks;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Reviews;
using Dangjian.Core.Statistics;
using Dangjian.Core.WorkRecords;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Data;

public partial class AppDbContext(DbContextOptions<AppDbContext> options, IOrgScope? scope = null)
    : IdentityDbContext<AppUser, AppRole, int>(options)
{
    /// <summary>True for an unscoped system context (start-up, seeding, jobs): it sees everything.</summary>
    public bool ScopeAll => scope?.Paths is null;

    /// <summary>Roots of the subtrees this context may see (never null: PostgreSQL needs a typed array parameter).</summary>
    public string[] ScopePaths => scope?.Paths?.ToArray() ?? [];

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrganizationMove> OrganizationMoves => Set<OrganizationMove>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<MemberTransfer> MemberTransfers => Set<MemberTransfer>();
    public DbSet<UserScope> UserScopes => Set<UserScope>();
    public DbSet<ElectionTerm> ElectionTerms => Set<ElectionTerm>();
    public DbSet<Cadre> Cadres => Set<Cadre>();
    public DbSet<QualificationReview> QualificationReviews => Set<QualificationReview>();
    public DbSet<ReserveCadre> ReserveCadres => Set<ReserveCadre>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingAttendance> MeetingAttendances => Set<MeetingAttendance>();
    public DbSet<MeetingAttachment> MeetingAttachments => Set<MeetingAttachment>();
    public DbSet<MonthlyTheme> MonthlyThemes => Set<MonthlyTheme>();
    public DbSet<ImportPreset> ImportPresets => Set<ImportPreset>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ImportBatchRecord> ImportBatchRecords => Set<ImportBatchRecord>();
    public DbSet<DevelopmentCase> DevelopmentCases => Set<DevelopmentCase>();
    public DbSet<DevelopmentStepRecord> DevelopmentSteps => Set<DevelopmentStepRecord>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<WeakOrganization> WeakOrganizations => Set<WeakOrganization>();
    public DbSet<WeakOrganizationMeasure> WeakOrganizationMeasures => Set<WeakOrganizationMeasure>();
    public DbSet<SatisfactionRecord> SatisfactionRecords => Set<SatisfactionRecord>();
    public DbSet<StandardizationCheck> StandardizationChecks => Set<StandardizationCheck>();
    public DbSet<DemonstrationTitle> DemonstrationTitles => Set<DemonstrationTitle>();
    public DbSet<CollectiveIncome> CollectiveIncomes => Set<CollectiveIncome>();
    public DbSet<HonourName> HonourNames => Set<HonourName>();
    public DbSet<Honour> Honours => Set<Honour>();
    public DbSet<KeyTaskList> KeyTaskLists => Set<KeyTaskList>();
    public DbSet<KeyTask> KeyTasks => Set<KeyTask>();
    public DbSet<KeyTaskAssignment> KeyTaskAssignments => Set<KeyTaskAssignment>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<InspectionTarget> InspectionTargets => Set<InspectionTarget>();
    public DbSet<Finding> Findings => Set<Finding>();
    public DbSet<RectificationItem> RectificationItems => Set<RectificationItem>();
    public DbSet<RectificationAttachment> RectificationAttachments => Set<RectificationAttachment>();
    public DbSet<RectificationStatusChange> RectificationStatusChanges => Set<RectificationStatusChange>();
    public DbSet<RectificationNotice> RectificationNotices => Set<RectificationNotice>();
    public DbSet<RectificationNoticeRecipient> RectificationNoticeRecipients => Set<RectificationNoticeRecipient>();
    public DbSet<Bulletin> Bulletins => Set<Bulletin>();
    public DbSet<Talk> Talks => Set<Talk>();
    public DbSet<AccountabilityCase> AccountabilityCases => Set<AccountabilityCase>();
    public DbSet<HonorRollEntry> HonorRollEntries => Set<HonorRollEntry>();
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<ServiceRecord> ServiceRecords => Set<ServiceRecord>();
    public DbSet<WorkCategory> WorkCategories => Set<WorkCategory>();
    public DbSet<RecordTag> RecordTags => Set<RecordTag>();
    public DbSet<GuidanceKind> GuidanceKinds => Set<GuidanceKind>();
    public DbSet<ContactPoint> ContactPoints => Set<ContactPoint>();
    public DbSet<ContactVisit> ContactVisits => Set<ContactVisit>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<WorkRecord> WorkRecords => Set<WorkRecord>();
    public DbSet<YearlyStatistic> YearlyStatistics => Set<YearlyStatistic>();
    public DbSet<StatisticValue> StatisticValues => Set<StatisticValue>();
    public DbSet<Highlight> Highlights => Set<Highlight>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<ReportDraft> ReportDrafts => Set<ReportDraft>();
    public DbSet<ReportParagraph> ReportParagraphs => Set<ReportParagraph>();
    public DbSet<ReportFigure> ReportFigures => Set<ReportFigure>();
    public DbSet<ReportRevision> ReportRevisions => Set<ReportRevision>();
    public DbSet<CountyReportTemplate> CountyReportTemplates => Set<CountyReportTemplate>();
    public DbSet<ReviewPlan> ReviewPlans => Set<ReviewPlan>();
    public DbSet<ReviewIndicator> ReviewIndicators => Set<ReviewIndicator>();
    public DbSet<ReviewParticipant> ReviewParticipants => Set<ReviewParticipant>();
    public DbSet<ReviewComment> ReviewComments => Set<ReviewComment>();

    /// <summary>Read-only for the application: rows are appended by <see cref="AuditWriter"/> only.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        IdentityTables.Name(builder);
        OrgScopeFilter.Apply<Organization>(builder, this, o => o.Path);
        OrgScopeFilter.Apply<Member>(builder, this, m => m.Organization!.Path);
        OrgScopeFilter.Apply<MemberTransfer>(builder, this, t => t.Member!.Organization!.Path);
        OrgScopeFilter.Apply<UserScope>(builder, this, s => s.Organization!.Path);
        OrgScopeFilter.Apply<Cadre>(builder, this, c => c.Organization!.Path);
        OrgScopeFilter.Apply<QualificationReview>(builder, this, r => r.Organization!.Path);
        OrgScopeFilter.Apply<ReserveCadre>(builder, this, r => r.Organization!.Path);
        OrgScopeFilter.Apply<Assignment>(builder, this, a => a.Organization!.Path);
        // A township's term is seen from below too, by whoever sees one of its cadres (the township itself is out of scope there).
        builder.Entity<ElectionTerm>().HasQueryFilter(t => ScopeAll || Set<Organization>().Any(o => o.Id == t.OrganizationId) || Set<Cadre>().Any(c => c.TermId == t.Id));
        OrgScopeFilter.Apply<Meeting>(builder, this, m => m.Organization!.Path);
        OrgScopeFilter.Apply<MeetingAttendance>(builder, this, a => a.Meeting!.Organization!.Path);
        OrgScopeFilter.Apply<MeetingAttachment>(builder, this, a => a.Meeting!.Organization!.Path);
        // A township's monthly theme is read by its branches too: visible in the subtree and to every descendant.
        // (Paths are chains of ids, so an ancestor's id appears in every visible root below it.)
        builder.Entity<MonthlyTheme>().HasQueryFilter(t => ScopeAll || Set<Organization>().Any(o => o.Id == t.OrganizationId)
            || ScopePaths.Any(root => root.Contains("/" + t.OrganizationId.ToString() + "/")));
        OrgScopeFilter.Apply<ImportPreset>(builder, this, p => p.Organization!.Path);
        OrgScopeFilter.Apply<ImportBatch>(builder, this, b => b.Organization!.Path);
        OrgScopeFilter.Apply<ImportBatchRecord>(builder, this, r => r.Batch!.Organization!.Path);
        OrgScopeFilter.Apply<DevelopmentCase>(builder, this, c => c.Organization!.Path);
        OrgScopeFilter.Apply<DevelopmentStepRecord>(builder, this, s => s.Case!.Organization!.Path);
        OrgScopeFilter.Apply<WeakOrganization>(builder, this, w => w.Organization!.Path);
        OrgScopeFilter.Apply<WeakOrganizationMeasure>(builder, this, m => m.WeakOrganization!.Organization!.Path);
        OrgScopeFilter.Apply<SatisfactionRecord>(builder, this, s => s.Organization!.Path);
        OrgScopeFilter.Apply<StandardizationCheck>(builder, this, c => c.Organization!.Path);
        OrgScopeFilter.Apply<DemonstrationTitle>(builder, this, t => t.Organization!.Path);
        OrgScopeFilter.Apply<CollectiveIncome>(builder, this, i => i.Organization!.Path);
        // The county's honour names are read by everything below it, like its work categories.
        builder.Entity<HonourName>().HasQueryFilter(n => ScopeAll || Set<Organization>().Any(o => o.Id == n.OrganizationId)
            || ScopePaths.Any(root => root.Contains("/" + n.OrganizationId.ToString() + "/")));
        OrgScopeFilter.Apply<Honour>(builder, this, h => h.Organization!.Path);
        // A published key-task list is read by the organizations below its publisher, like a monthly theme.
        builder.Entity<KeyTaskList>().HasQueryFilter(l => ScopeAll || Set<Organization>().Any(o => o.Id == l.OrganizationId)
            || ScopePaths.Any(root => root.Contains("/" + l.OrganizationId.ToString() + "/")));
        builder.Entity<KeyTask>().HasQueryFilter(t => ScopeAll || Set<Organization>().Any(o => o.Id == t.List!.OrganizationId)
            || ScopePaths.Any(root => root.Contains("/" + t.List!.OrganizationId.ToString() + "/")));
        OrgScopeFilter.Apply<KeyTaskAssignment>(builder, this, a => a.Organization!.Path);
        OrgScopeFilter.Apply<Inspection>(builder, this, i => i.Organization!.Path);
        OrgScopeFilter.Apply<InspectionTarget>(builder, this, t => t.Inspection!.Organization!.Path);
        OrgScopeFilter.Apply<Finding>(builder, this, f => f.Organization!.Path);
        OrgScopeFilter.Apply<RectificationItem>(builder, this, r => r.Organization!.Path);
        OrgScopeFilter.Apply<RectificationAttachment>(builder, this, a => a.Item!.Organization!.Path);
        OrgScopeFilter.Apply<RectificationStatusChange>(builder, this, c => c.Item!.Organization!.Path);
        OrgScopeFilter.Apply<RectificationNotice>(builder, this, n => n.Organization!.Path);
        OrgScopeFilter.Apply<RectificationNoticeRecipient>(builder, this, r => r.Notice!.Organization!.Path);
        OrgScopeFilter.Apply<Bulletin>(builder, this, b => b.Organization!.Path);
        OrgScopeFilter.Apply<Talk>(builder, this, t => t.Organization!.Path);
        OrgScopeFilter.Apply<AccountabilityCase>(builder, this, a => a.Organization!.Path);
        OrgScopeFilter.Apply<HonorRollEntry>(builder, this, h => h.Organization!.Path);
        OrgScopeFilter.Apply<Commitment>(builder, this, c => c.Organization!.Path);
        OrgScopeFilter.Apply<ServiceRecord>(builder, this, r => r.Organization!.Path);
        OrgScopeFilter.Apply<WorkRecord>(builder, this, w => w.Organization!.Path);
        OrgScopeFilter.Apply<ContactPoint>(builder, this, c => c.Organization!.Path);
        OrgScopeFilter.Apply<ContactVisit>(builder, this, v => v.ContactPoint!.Organization!.Path);
        OrgScopeFilter.Apply<Project>(builder, this, p => p.Organization!.Path);
        OrgScopeFilter.Apply<Highlight>(builder, this, h => h.Organization!.Path);
        OrgScopeFilter.Apply<Campaign>(builder, this, c => c.Organization!.Path);
        OrgScopeFilter.Apply<ReportDraft>(builder, this, d => d.Organization!.Path);
        OrgScopeFilter.Apply<ReportParagraph>(builder, this, p => p.Draft!.Organization!.Path);
        OrgScopeFilter.Apply<ReportFigure>(builder, this, f => f.Draft!.Organization!.Path);
        OrgScopeFilter.Apply<ReportRevision>(builder, this, r => r.Draft!.Organization!.Path);
        // County configuration (work categories, report wording) is read by the townships below it, like monthly themes.
        builder.Entity<WorkCategory>().HasQueryFilter(c => ScopeAll || c.OrganizationId == null || Set<Organization>().Any(o => o.Id == c.OrganizationId)
            || ScopePaths.Any(root => root.Contains("/" + c.OrganizationId.ToString() + "/")));
        builder.Entity<RecordTag>().HasQueryFilter(t => ScopeAll || Set<Organization>().Any(o => o.Id == t.OrganizationId)
            || ScopePaths.Any(root => root.Contains("/" + t.OrganizationId.ToString() + "/")));
        builder.Entity<GuidanceKind>().HasQueryFilter(k => ScopeAll || k.OrganizationId == null || Set<Organization>().Any(o => o.Id == k.OrganizationId)
            || ScopePaths.Any(root => root.Contains("/" + k.OrganizationId.ToString() + "/")));
        builder.Entity<YearlyStatistic>().HasQueryFilter(s => ScopeAll || Set<Organization>().Any(o => o.Id == s.OrganizationId)
            || ScopePaths.Any(root => root.Contains("/" + s.OrganizationId.ToString() + "/")));
        OrgScopeFilter.Apply<StatisticValue>(builder, this, v => v.Organization!.Path);
        builder.Entity<CountyReportTemplate>().HasQueryFilter(t => ScopeAll || Set<Organization>().Any(o => o.Id == t.OrganizationId)
            || ScopePaths.Any(root => root.Contains("/" + t.OrganizationId.ToString() + "/")));
        // A review plan is read by the organizations it reviews too (like a published task list); each participant's
        // row and comments only by that organization's subtree and the levels above it.
        builder.Entity<ReviewPlan>().HasQueryFilter(p => ScopeAll || Set<Organization>().Any(o => o.Id == p.OrganizationId)
            || ScopePaths.Any(root => root.Contains("/" + p.OrganizationId.ToString() + "/")));
        builder.Entity<ReviewIndicator>().HasQueryFilter(i => ScopeAll || Set<Organization>().Any(o => o.Id == i.Plan!.OrganizationId)
            || ScopePaths.Any(root => root.Contains("/" + i.Plan!.OrganizationId.ToString() + "/")));
        OrgScopeFilter.Apply<ReviewParticipant>(builder, this, x => x.Organization!.Path);
        OrgScopeFilter.Apply<ReviewComment>(builder, this, c => c.Participant!.Organization!.Path);
        if (Database.IsNpgsql())
        {
            ByteOrderColumns.Apply(builder);
        }

        SnakeCaseNaming.Apply(builder);
    }
}
