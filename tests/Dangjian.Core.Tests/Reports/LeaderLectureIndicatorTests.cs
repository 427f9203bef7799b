using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Core.Account;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Members;
using Dangjian.Core.WorkRecords;
using Microsoft.AspNetCore.Identity;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>
/// The leaders' lectures (lectures.secretary, lectures.liaison) count by the speaker's account, not the typed name: a
/// namesake (another account, or a branch member of that name) is not the leader, a renamed leader still counts.
/// Meetings without any speaker relation (before 0026, sheets) still count by the typed name.
/// </summary>
public sealed class LeaderLectureIndicatorTests
{
    private const int Year = 2025;

    private static async Task<string?> TextAsync(ReportWorld world, string id) =>
        (await world.Indicators(Year).ComputeAsync(id, world.Township, Year)).Figure?.Text;

    [Fact]
    public async Task The_secretary_s_lectures_count_by_the_secretary_s_account()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 3);
        var secretary = await AccountAsync(world, "张明（书记）", world.Township, Roles.TownshipSecretary);
        var namesake = await AccountAsync(world, ReportWorld.Secretary, world.Township, Roles.TownshipClerk);
        var villager = await MemberAsync(world, world.Villages[2], ReportWorld.Secretary);

        Lecture(world, world.Villages[0], 1, ReportWorld.Secretary, user: secretary);
        Lecture(world, world.Villages[1], 2, ReportWorld.Secretary, user: namesake); // another account of the same name
        Lecture(world, world.Villages[2], 3, ReportWorld.Secretary, member: villager); // a villager of the same name
        Lecture(world, world.Villages[0], 4, ReportWorld.Secretary); // an old record with the name only
        await world.Db.SaveChangesAsync();
        (await TextAsync(world, "lectures.secretary")).ShouldBe("2次");
        var records = await world.Indicators(Year).RecordsAsync("lectures.secretary", world.Township, Year);
        records.Select(r => r.Label).ShouldAllBe(l => !l.Contains("第2村") && !l.Contains("第3村"));

        // The secretary is renamed (and the township's recorded name with it): the account's lecture still counts, the
        // old name-only record no longer matches the name.
        secretary.DisplayName = "张明远（书记）";
        world.Township.SecretaryName = "张明远";
        await world.Db.SaveChangesAsync();
        (await TextAsync(world, "lectures.secretary")).ShouldBe("1次");
    }

    [Fact]
    public async Task A_liaison_leader_s_lectures_count_in_the_organizations_they_are_linked_to()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 3);
        var (first, second, third) = (world.Villages[0], world.Villages[1], world.Villages[2]);
        first.LiaisonLeaderName = "赵六";
        var scoped = await AccountAsync(world, "赵六（联系点）", world.Township, Roles.LiaisonLeader);
        world.Db.UserScopes.Add(new UserScope { UserId = scoped.Id, OrganizationId = first.Id });
        var contact = await AccountAsync(world, "钱七", world.Township, Roles.TownshipClerk);
        var kind = new GuidanceKind { Family = GuidanceFamily.ContactPoint, Code = "ordinary", Name = "一般联系点" };
        world.Db.GuidanceKinds.Add(kind);
        await world.Db.SaveChangesAsync();
        world.Db.ContactPoints.Add(new ContactPoint
        {
            OrganizationId = second.Id, LeaderUserId = contact.Id, LeaderName = contact.DisplayName, KindId = kind.Id,
            StartedOn = new DateOnly(Year, 1, 1), EndedOn = new DateOnly(Year, 6, 30), EnteredAtUtc = TimeProvider.System.UtcNow(),
        });
        var villager = await MemberAsync(world, first, "赵六");

        Lecture(world, first, 1, "赵六", user: scoped); // the liaison scope covers the village
        Lecture(world, second, 2, "钱七", user: contact, on: new DateOnly(Year, 3, 1)); // the contact point is in force
        Lecture(world, second, 3, "钱七", user: contact, on: new DateOnly(Year, 9, 1)); // after the contact point ended
        Lecture(world, third, 4, "赵六", user: scoped); // not a village of theirs
        Lecture(world, first, 5, "赵六", member: villager); // a villager of the liaison's name
        Lecture(world, first, 6, "赵六"); // an old record with the name only
        await world.Db.SaveChangesAsync();
        (await TextAsync(world, "lectures.liaison")).ShouldBe("3次");

        scoped.DisplayName = "赵六一（联系点）";
        first.LiaisonLeaderName = "赵六一";
        await world.Db.SaveChangesAsync();
        (await TextAsync(world, "lectures.liaison")).ShouldBe("2次", "renamed, the account still counts; the name-only record does not");
    }

    [Fact]
    public async Task Work_led_by_the_secretary_counts_by_the_secretary_s_account()
    {
        await using var world = await ReportWorld.CreateAsync(villages: 2);
        var secretary = await AccountAsync(world, "张明（书记）", world.Township, Roles.TownshipSecretary);
        var namesake = await AccountAsync(world, ReportWorld.Secretary, world.Township, Roles.TownshipClerk);
        var research = await world.CategoryAsync("research");
        void Work(Organization at, int i, string name, AppUser? user = null) => world.Db.WorkRecords.Add(new WorkRecord
        {
            OrganizationId = at.Id, CategoryId = research.Id, HeldOn = ReportWorld.Day(Year, i), Title = $"调研{i}", LedBy = name,
            LedByUserId = user?.Id, EnteredAtUtc = TimeProvider.System.UtcNow(),
        });
        Work(world.Villages[0], 1, ReportWorld.Secretary, user: secretary);
        Work(world.Villages[1], 2, ReportWorld.Secretary, user: namesake); // another account of the same name
        Work(world.Villages[0], 3, ReportWorld.Secretary); // an old record with the name only
        Work(world.Villages[1], 4, "李四"); // someone else
        await world.Db.SaveChangesAsync();
        var d = new IndicatorDefinition
        {
            Id = "test", Name = "书记带队调研", Unit = "次", Source = "work", Kind = IndicatorKind.Count, Filter = "research", Scope = "secretary",
        };
        async Task<string?> CountAsync() =>
            (await new IndicatorService(world.Db, new IndicatorCatalog([d]), new DateOnly(Year + 1, 1, 10)).ComputeAsync("test", world.Township, Year)).Figure?.Text;
        (await CountAsync()).ShouldBe("2次");
        var records = await new IndicatorService(world.Db, new IndicatorCatalog([d]), new DateOnly(Year + 1, 1, 10)).RecordsAsync("test", world.Township, Year);
        records.Select(r => r.Label).ShouldAllBe(l => !l.Contains("调研2") && !l.Contains("调研4"));

        secretary.DisplayName = "张明远（书记）";
        world.Township.SecretaryName = "张明远";
        await world.Db.SaveChangesAsync();
        (await CountAsync()).ShouldBe("1次", "renamed, the account still counts; the name-only record does not");
    }

    private static void Lecture(ReportWorld world, Organization at, int i, string name, AppUser? user = null, Member? member = null, DateOnly? on = null) =>
        world.Db.Meetings.Add(new Meeting
        {
            OrganizationId = at.Id, Kind = MeetingKind.PartyLecture, HeldOn = on ?? ReportWorld.Day(Year, i), Topic = $"党课{i}",
            SpeakerName = name, SpeakerUserId = user?.Id, SpeakerMemberId = member?.Id, EnteredAtUtc = TimeProvider.System.UtcNow(),
        });

    private static async Task<AppUser> AccountAsync(ReportWorld world, string name, Organization org, string role)
    {
        var db = world.Db;
        var row = db.Roles.Local.FirstOrDefault(r => r.Name == role) ?? db.Roles.Add(new AppRole { Name = role, NormalizedName = role.ToUpperInvariant() }).Entity;
        var user = new AppUser { UserName = $"u{Guid.NewGuid():N}", DisplayName = name, OrganizationId = org.Id };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        db.UserRoles.Add(new IdentityUserRole<int> { UserId = user.Id, RoleId = row.Id });
        await db.SaveChangesAsync();
        return user;
    }

    private static async Task<Member> MemberAsync(ReportWorld world, Organization org, string name)
    {
        var member = new Member { OrganizationId = org.Id, Name = name, BirthDate = new DateOnly(1980, 1, 1), JoinedOn = new DateOnly(2005, 7, 1), Status = MemberStatus.Full };
        world.Db.Members.Add(member);
        await world.Db.SaveChangesAsync();
        return member;
    }
}
