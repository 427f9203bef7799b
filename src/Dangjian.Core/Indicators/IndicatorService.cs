using Dangjian.Core.Data;
using Dangjian.Core.Figures;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Indicators;

/// <summary>
/// Computes any indicator of a catalog for one organization and calendar year, and lists the records behind it.
/// This is the seam the report composer, the report checker and review scoring use; it is deliberately small:
/// <list type="bullet">
/// <item><see cref="ComputeAsync(string, Organization, int, CancellationToken)"/>: the value (null figure = no data), with
/// its comparison when the definition asks for one (previous year, or previous election term);</item>
/// <item><see cref="RecordsAsync"/>: the records the value rests on (type, id, label), for traceability.</item>
/// </list>
/// The organization must come from the caller's scoped <see cref="AppDbContext"/>; aggregation happens in SQL, one or two
/// queries per indicator. A new record family registers an <see cref="IIndicatorSource"/> and adds definitions as data.
/// Results every organization shares (<see cref="IndicatorContext.Shared"/>) may be handed in by a caller computing for
/// several organizations through the same context (the composer drafting every township's report).
/// </summary>
public sealed class IndicatorService(AppDbContext db, IndicatorCatalog catalog, DateOnly today, IEnumerable<IIndicatorSource>? extraSources = null,
    Dictionary<string, object>? shared = null)
{
    public static IReadOnlyList<IIndicatorSource> BuiltinSources { get; } =
    [
        new MeetingsSource(), new WorkRecordsSource(), new MembersSource(), new CadresSource(), new ReservesSource(), new ReviewsSource(), new ComplianceSource(),
        new TalksSource(), new AccountabilitySource(), new InspectionsSource(), new BulletinsSource(), new RectificationItemsSource(),
        new CommitmentsSource(), new ServiceSource(), new DevelopmentSource(), new WeakOrganizationsSource(), new StandardizationSource(),
        new TitlesSource(), new IncomeSource(), new HonoursSource(), new HonorRollSource(), new NoticesSource(), new StatisticsSource(),
        new AssignmentsSource(), new ContactPointsSource(), new ContactVisitsSource(), new ProjectsSource(),
    ];

    private readonly Dictionary<string, IIndicatorSource> sources =
        BuiltinSources.Concat(extraSources ?? []).GroupBy(s => s.Name).ToDictionary(g => g.Key, g => g.Last());

    private readonly Dictionary<(int, int, int), Dictionary<string, object>> memos = [];

    private readonly Dictionary<string, object> shared = shared ?? [];

    private CountBatch? batch;

    public IndicatorCatalog Catalog => catalog;

    public async Task<IndicatorValue> ComputeAsync(string indicatorId, Organization organization, int year, CancellationToken ct = default)
    {
        var d = Definition(indicatorId);
        var source = Source(d);
        var figure = await source.ComputeAsync(d, Context(organization, year, 0, batch), ct);
        if (figure is null || d.Compare == IndicatorComparison.None)
        {
            return new(d, figure);
        }

        var earlier = d.Compare == IndicatorComparison.PreviousTerm
            ? Context(organization, year, 1, batch?.Comparing())
            : Context(organization, year - 1, 0, batch?.Comparing());
        var previous = await source.ComputeAsync(d, earlier, ct);
        var change = previous is null ? null : figure.Unit == Figure.Percent ? FigureComparison.Absolute(figure, previous) : FigureComparison.Relative(figure, previous);
        return new(d, figure, previous, change);
    }

    public async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IEnumerable<string> indicatorIds, Organization organization, int year, CancellationToken ct = default)
    {
        var ids = indicatorIds.Distinct().ToList();
        batch = CountBatch.Of(ids.Select(catalog.Find).OfType<IndicatorDefinition>().Select(d => (d, sources.GetValueOrDefault(d.Source))));
        var values = new List<IndicatorValue>();
        foreach (var id in ids)
        {
            values.Add(await ComputeAsync(id, organization, year, ct));
        }

        return values;
    }

    public Task<IReadOnlyList<RecordRef>> RecordsAsync(string indicatorId, Organization organization, int year, CancellationToken ct = default)
    {
        var d = Definition(indicatorId);
        return Source(d).RecordsAsync(d, Context(organization, year, 0, null), ct);
    }

    private IndicatorContext Context(Organization organization, int year, int termsBack, CountBatch? counts)
    {
        var key = (organization.Id, year, termsBack);
        if (!memos.TryGetValue(key, out var memo))
        {
            memos[key] = memo = [];
        }

        return new(db, organization, year, today, termsBack) { Memo = memo, Shared = shared, Counts = counts };
    }

    private IndicatorDefinition Definition(string id) =>
        catalog.Find(id) ?? throw new KeyNotFoundException($"没有编号为“{id}”的指标。");

    /// <summary>The registered source a definition reads.</summary>
    public IIndicatorSource Source(IndicatorDefinition d) =>
        sources.GetValueOrDefault(d.Source) ?? throw new InvalidOperationException($"指标“{d.Name}”的数据来源“{d.Source}”未注册。");
}
