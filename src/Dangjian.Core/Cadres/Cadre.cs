using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Core.Cadres;

/// <summary>
/// A member of a village's "two committees" (村"两委") for one term: a new term gets a new row, so the
/// figures at each election stay as they were. Holds up to one post on each committee (交叉任职).
/// </summary>
public class Cadre : IVersioned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int TermId { get; set; }
    public ElectionTerm? Term { get; set; }

    /// <summary>The party member record, when the cadre is one of ours.</summary>
    public int? MemberId { get; set; }

    public required Person Person { get; set; }

    /// <summary>Kept as entered: education changes, the election statistics must not.</summary>
    public Education EducationAtElection { get; set; }

    /// <summary>Derived from the person's birth date and the term's election date (<see cref="ElectionAge"/>) on every save.</summary>
    public int AgeAtElection { get; set; }

    public PartyPost? PartyPost { get; set; }
    public VillagePost? VillagePost { get; set; }
    public SupervisionPost? SupervisionPost { get; set; }
    public bool IsPartyMember { get; set; }

    /// <summary>专职村书记: a salaried secretary placed by the county.</summary>
    public bool IsFullTimeSecretary { get; set; }

    public DateOnly? LeftOn { get; set; }
    public string? LeftReason { get; set; }
    public int Version { get; set; }

    /// <summary>"一肩挑": the party secretary is also director of the villagers' committee.</summary>
    public bool IsOneShoulder => PartyPost == Cadres.PartyPost.Secretary && VillagePost == Cadres.VillagePost.Director;
}

public enum PartyPost { Secretary, DeputySecretary, CommitteeMember }

public enum VillagePost { Director, DeputyDirector, CommitteeMember }

public enum SupervisionPost { Chair, Member }
