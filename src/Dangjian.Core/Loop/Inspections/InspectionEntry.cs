using Dangjian.Core.Categories;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Loop;
using Dangjian.Core.Loop.Tasks;

namespace Dangjian.Core.Loop.Inspections;

/// <param name="Inspectors">两随机: the pool of inspectors; otherwise the inspectors themselves (names separated by 、).</param>
/// <param name="Targets">两随机: the candidate organizations; otherwise the organizations inspected.</param>
public sealed record InspectionDraft(InspectionKind Kind, int? TagId, string Title, DateOnly? StartedOn, int Round, string Inspectors,
    IReadOnlyList<int> Targets, int? InspectorCount, int? TargetCount);

/// <summary>Starts an inspection round of the user's organization. For 两随机 the draw is made here from a fresh seed and recorded with its candidates.</summary>
public sealed class InspectionEntry(AppDbContext db) : IOperation
{
    /// <summary>The checks that need the database, also shown beside a form the binder already refused.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(int ownOrganizationId, InspectionDraft d, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (!await LoopEntries.AllBelowAsync(db, ownOrganizationId, d.Targets, includeOwn: false, ct))
        {
            errors[nameof(d.Targets)] = "只能督查本级以下的党组织";
        }

        LoopEntries.Required(errors, nameof(d.StartedOn), d.StartedOn, "请填写开始日期");
        await LoopEntries.CheckTagAsync(db, errors, RecordFamily.Inspection, d.TagId, ct);
        return errors;
    }

    public async Task<EntryResult> AddAsync(int ownOrganizationId, InspectionDraft d, CancellationToken ct = default)
    {
        var errors = await CheckAsync(ownOrganizationId, d, ct);
        var names = RandomDraw.SplitNames(d.Inspectors);
        if (errors.Count == 0 && names.Count == 0)
        {
            errors[nameof(d.Inspectors)] = "请填写督查人员";
        }

        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        var startedOn = d.StartedOn!.Value;
        var inspection = new Inspection
        {
            OrganizationId = ownOrganizationId, Kind = d.Kind, TagId = d.TagId, Year = startedOn.Year, Round = d.Round,
            Title = d.Title.Trim(), StartedOn = startedOn, Inspectors = RandomDraw.JoinNames(names),
        };
        var targets = d.Targets.Distinct().ToList();
        if (d.Kind == InspectionKind.RandomDraw)
        {
            var seed = RandomDraw.NewSeed();
            inspection.DrawSeed = seed;
            inspection.InspectorCandidates = inspection.Inspectors;
            inspection.TargetCandidates = RandomDraw.JoinIds(targets);
            inspection.Inspectors = RandomDraw.JoinNames(RandomDraw.Pick(seed, names, d.InspectorCount!.Value));
            targets = RandomDraw.Pick(seed, targets, d.TargetCount!.Value).ToList();
        }

        inspection.Targets = targets.Select(id => new InspectionTarget { OrganizationId = id }).ToList();
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(inspection.Id);
    }
}
