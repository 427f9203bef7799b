using Dangjian.Core.Loop.Inspections;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Data;

namespace Dangjian.Core.Loop.Talks;

public enum TalkTarget
{
    /// <summary>党组织书记.</summary>
    BranchSecretary,

    /// <summary>村“两委”及其他干部.</summary>
    Cadre,

    /// <summary>党员.</summary>
    Member,
}

/// <summary>约谈. One talk with three people counts as 3 人次 (<see cref="People"/>).</summary>
public class Talk : IOrganizationRecord
{
    public int Id { get; set; }

    /// <summary>The organization holding the talk.</summary>
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    public DateOnly HeldOn { get; set; }
    public required string Talker { get; set; }

    /// <summary>Names of the people talked to, separated by 、.</summary>
    public required string Targets { get; set; }
    public TalkTarget TargetKind { get; set; }

    /// <summary>人次 of this talk: the number of people named in <see cref="Targets"/> (kept in step on save).</summary>
    public int People { get; set; }
    public required string Reason { get; set; }
    public string? FollowUp { get; set; }

    public static int CountPeople(string targets) => RandomDraw.SplitNames(targets).Count;
}
