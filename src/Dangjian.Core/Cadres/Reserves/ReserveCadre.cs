using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Core.Cadres.Reserves;

/// <summary>后备干部: a person trained to join a village's "two committees" later.</summary>
public class ReserveCadre : IVersioned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int? MemberId { get; set; }
    public required Person Person { get; set; }
    public ReserveSource Source { get; set; }
    public DateOnly AddedOn { get; set; }

    /// <summary>专职村书记后备: reserved for a full-time secretary post.</summary>
    public bool ForFullTimeSecretary { get; set; }
    public DateOnly? TrainedOn { get; set; }
    public DateOnly? PromotedOn { get; set; }
    public string? PromotedTo { get; set; }
    public int Version { get; set; }
}

public enum ReserveSource { WealthLeader, Veteran, Graduate, ReturnedTalent, MigrantWorker, VillageGroupCadre, Other }
