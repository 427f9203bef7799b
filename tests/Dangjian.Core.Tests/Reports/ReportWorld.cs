using System.Text.Json;
using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Members;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Core.Tests.Cadres;
using Dangjian.Core.WorkRecords;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Tests.Reports;

/// <summary>A county, one township with villages, and writers for the records a report's figures rest on.</summary>
public sealed partial class ReportWorld : IAsyncDisposable
{
    public const string Secretary = "张明";
    private CadreDatabase database = null!;
    private int people;

    public AppDbContext Db { get; private set; } = null!;
    public Organization County { get; private set; } = null!;
    public Organization Township { get; private set; } = null!;
    public List<Organization> Villages { get; } = [];

    public static async Task<ReportWorld> CreateAsync(int villages = 8)
    {
        var world = new ReportWorld { database = await CadreDatabase.CreateAsync() };
        world.Db = world.database.Open();
        world.County = await CadreDatabase.AddOrganizationAsync(world.Db, "某县委", OrgLevel.CountyCommittee);
        world.Township = await CadreDatabase.AddOrganizationAsync(world.Db, "某镇党委", OrgLevel.TownshipCommittee, world.County);
        world.Township.SecretaryName = Secretary;
        for (var i = 0; i < villages; i++)
        {
            world.Villages.Add(await CadreDatabase.AddOrganizationAsync(world.Db, $"第{i + 1}村党支部", OrgLevel.Branch, world.Township));
        }

        await world.Db.SaveChangesAsync();
        return world;
    }

    /// <summary>Spread over the year so that no two land on the same day for small counts.</summary>
    public static DateOnly Day(int year, int i) => new DateOnly(year, 1, 1).AddDays(i * 13 % 360);

    public void Meetings(int year, MeetingKind kind, int count, Organization? at = null, string? speaker = null)
    {
        for (var i = 0; i < count; i++)
        {
            Db.Meetings.Add(new Meeting
            {
                OrganizationId = (at ?? Villages[i % Villages.Count]).Id, Kind = kind, HeldOn = Day(year, i), Topic = $"{OrgLifeLabels.Of(kind)}{i + 1}",
                SpeakerName = speaker, EnteredAtUtc = Day(year, i).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            });
        }
    }

    public async Task<WorkCategory> CategoryAsync(string code) => await Db.WorkCategories.FirstAsync(c => c.Code == code);

    public async Task<WorkCategory> CountyCategoryAsync(string code, string name, string unit)
    {
        var category = new WorkCategory { OrganizationId = County.Id, Code = code, Name = name, Unit = unit, QuantityMeaning = unit };
        Db.WorkCategories.Add(category);
        await Db.SaveChangesAsync();
        return category;
    }

    public async Task WorkAsync(int year, string code, int records, decimal quantity = 1, int? participants = null, Organization? at = null, string? ledBy = null)
    {
        var category = await CategoryAsync(code);
        for (var i = 0; i < records; i++)
        {
            Db.WorkRecords.Add(new WorkRecord
            {
                OrganizationId = (at ?? Township).Id, CategoryId = category.Id, HeldOn = Day(year, i), Title = $"{category.Name}{i + 1}",
                Quantity = quantity, Participants = participants, LedBy = ledBy, EnteredAtUtc = TimeProvider.System.UtcNow(),
            });
        }

        await Db.SaveChangesAsync();
    }

    public void Members(int count, DateOnly joinedOn, MemberStatus status, DateOnly? convertedOn = null)
    {
        for (var i = 0; i < count; i++)
        {
            Db.Members.Add(new Member
            {
                OrganizationId = Villages[i % Villages.Count].Id, Name = $"党员{++people}", BirthDate = new DateOnly(1990, 1, 1),
                JoinedOn = joinedOn, ConvertedOn = convertedOn, Status = status,
            });
        }
    }

    public void Reserves(int year, int count, ReserveSource source, bool fullTime = false)
    {
        for (var i = 0; i < count; i++)
        {
            Db.ReserveCadres.Add(new ReserveCadre
            {
                OrganizationId = Villages[i % Villages.Count].Id, Person = new($"后备{++people}", Sex.Male, new DateOnly(1992, 5, 1), Education.Primary),
                Source = source, AddedOn = Day(year, i), ForFullTimeSecretary = fullTime,
            });
        }
    }

    public async Task ReviewsAsync(ElectionTerm term, int year, int reviewed, int removed)
    {
        for (var i = 0; i < reviewed; i++)
        {
            Db.QualificationReviews.Add(new QualificationReview
            {
                OrganizationId = Villages[i % Villages.Count].Id, TermId = term.Id, PersonName = $"人选{++people}", ReviewedOn = Day(year, i),
                Result = i < removed ? ReviewResult.Problem : ReviewResult.Passed, RemovedOn = i < removed ? Day(year, i).AddDays(5) : null,
            });
        }

        await Db.SaveChangesAsync();
    }

    public CadreRecords Cadres => new(Db, Villages);

    /// <summary>The county's own report wording (as a county would: the default, edited), stored as its template row.</summary>
    public async Task CountyTemplateAsync(ReportTemplate template)
    {
        Db.CountyReportTemplates.Add(new CountyReportTemplate { OrganizationId = County.Id, Json = JsonSerializer.Serialize(template, IndicatorCatalog.Json) });
        await Db.SaveChangesAsync();
    }

    /// <summary>A built-in indicator with a county's unit (e.g. 研讨交流 counted in 期).</summary>
    public static IndicatorDefinition WithUnit(string id, string unit) => IndicatorCatalog.Builtin.Find(id)! with { Unit = unit };

    public async Task<ComposedReport> ComposeAsync(int year, string? plans = null)
    {
        await Db.SaveChangesAsync();
        return await new ReportComposer(Db, new DateOnly(year + 1, 1, 15)).ComposeAsync(new ReportInput(Township, year, plans));
    }

    public IndicatorService Indicators(int year) => new(Db, IndicatorCatalog.Builtin, new DateOnly(year + 1, 1, 15));

    /// <summary>Another context over the same database whose statements pass through <paramref name="interceptor"/>.</summary>
    public AppDbContext OpenWith(Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor interceptor) => database.Open(null, interceptor);

    /// <summary>Another context that sees only the subtrees of <paramref name="roots"/>, as a liaison leader's request does.</summary>
    public AppDbContext OpenScoped(params Organization[] roots) => database.Open(new Scope(roots.Select(r => r.Path).ToList()));

    private sealed record Scope(IReadOnlyList<string>? Paths) : IOrgScope;

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await database.DisposeAsync();
    }
}
