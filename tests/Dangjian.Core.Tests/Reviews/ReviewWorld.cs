using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Reviews;
using Dangjian.Core.Tests.Cadres;
using Dangjian.Core.Tests.Reports;

namespace Dangjian.Core.Tests.Reviews;

/// <summary>A county with three townships (two villages each) on a real SQLite file, and a clock the test moves.</summary>
public sealed class ReviewWorld : IAsyncDisposable
{
    private CadreDatabase database = null!;

    public AppDbContext Db { get; private set; } = null!;
    public Organization County { get; private set; } = null!;
    public List<Organization> Townships { get; } = [];
    public FixedClock Clock { get; } = new(new DateTime(2025, 12, 10, 2, 0, 0, DateTimeKind.Utc));

    public ReviewService Service => new(Db, Clock);

    public static async Task<ReviewWorld> CreateAsync()
    {
        var world = new ReviewWorld { database = await CadreDatabase.CreateAsync() };
        world.Db = world.database.Open();
        world.County = await CadreDatabase.AddOrganizationAsync(world.Db, "某县委", OrgLevel.CountyCommittee);
        world.County.SecretaryName = "周书记";
        foreach (var (name, secretary) in new[] { ("甲镇党委", "张明"), ("乙镇党委", "李强"), ("丙镇党委", "王芳") })
        {
            var township = await CadreDatabase.AddOrganizationAsync(world.Db, name, OrgLevel.TownshipCommittee, world.County);
            township.SecretaryName = secretary;
            township.SortOrder = world.Townships.Count;
            world.Townships.Add(township);
            for (var i = 1; i <= 2; i++)
            {
                await CadreDatabase.AddOrganizationAsync(world.Db, $"{name[..2]}{i}村党支部", OrgLevel.Branch, township);
            }
        }

        await world.Db.SaveChangesAsync();
        return world;
    }

    public AppDbContext Open(IOrgScope? scope = null) => database.Open(scope);

    public void At(int year, int month, int day) => Clock.Now = new DateTime(year, month, day, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>Township committee meetings (the first default indicator) held in the year.</summary>
    public async Task CommitteeMeetingsAsync(Organization township, int year, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var on = ReportWorld.Day(year, i);
            Db.Meetings.Add(new Meeting
            {
                OrganizationId = township.Id, Kind = MeetingKind.TownshipCommitteeMeeting, HeldOn = on, Topic = $"党委会议{i + 1}",
                EnteredAtUtc = on.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            });
        }

        await Db.SaveChangesAsync();
    }

    public async Task<ReportDraft> SubmitReportAsync(Organization township, int year)
    {
        var drafts = new ReportDrafts(Db, Clock);
        var draft = await drafts.ComposeAsync(township, year, null, "clerk");
        await drafts.SubmitAsync(draft, "secretary");
        return draft;
    }

    /// <summary>An open plan of the county for the year with the given rules (default: the built-in ones).</summary>
    public async Task<ReviewPlan> OpenPlanAsync(int year, ReviewRules? rules = null)
    {
        var plan = await Service.CreatePlanAsync(County, year, "county", rules: rules);
        await Service.OpenAsync(plan);
        return plan;
    }

    /// <summary>Ballots and a reviewers' score for every participant, better for earlier townships.</summary>
    public async Task BallotsForAllAsync(ReviewPlan plan)
    {
        foreach (var p in plan.Participants.OrderBy(x => x.Organization!.SortOrder))
        {
            var k = p.Organization!.SortOrder;
            await Service.EnterBallotsAsync(p, new BallotCounts(30, 24 - 6 * k, 4 + 3 * k, 2 + 2 * k, k), 90 - 5 * k, p.Version);
        }
    }

    public ReviewParticipant Participant(ReviewPlan plan, Organization township) => plan.Participants.Single(x => x.OrganizationId == township.Id);

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await database.DisposeAsync();
    }
}
