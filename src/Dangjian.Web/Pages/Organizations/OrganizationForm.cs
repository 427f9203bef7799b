using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Organizations;

namespace Dangjian.Web.Pages.Organizations;

/// <summary>The editable fields of an organization, shared by the create and edit pages.</summary>
public sealed class OrganizationForm : IValidatableObject
{
    [Required(ErrorMessage = "请填写组织名称")]
    [StringLength(100, ErrorMessage = "组织名称不能超过100个字")]
    public string Name { get; set; } = "";

    [StringLength(40, ErrorMessage = "简称不能超过40个字")]
    public string? ShortName { get; set; }

    public OrgLevel Level { get; set; } = OrgLevel.Branch;
    public OrgSector Sector { get; set; } = OrgSector.Village;
    public DateOnly? FoundedOn { get; set; }

    [StringLength(40, ErrorMessage = "书记姓名不能超过40个字")]
    public string? SecretaryName { get; set; }

    [StringLength(40, ErrorMessage = "联系领导姓名不能超过40个字")]
    public string? LiaisonLeaderName { get; set; }

    public DateOnly? CommitteeTermStart { get; set; }
    public DateOnly? CommitteeTermEnd { get; set; }

    public int Version { get; set; }

    public static OrganizationForm From(Organization o) => new()
    {
        Name = o.Name,
        ShortName = o.ShortName,
        Level = o.Level,
        Sector = o.Sector,
        FoundedOn = o.FoundedOn,
        SecretaryName = o.SecretaryName,
        LiaisonLeaderName = o.LiaisonLeaderName,
        CommitteeTermStart = o.CommitteeTermStart,
        CommitteeTermEnd = o.CommitteeTermEnd,
        Version = o.Version,
    };

    public OrganizationDraft Draft => new(Name, ShortName, Level, Sector, FoundedOn, SecretaryName, LiaisonLeaderName, CommitteeTermStart, CommitteeTermEnd, Version);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CommitteeTermStart is { } start && CommitteeTermEnd is { } end && end <= start)
        {
            yield return new ValidationResult("任期结束日期必须晚于开始日期", [nameof(CommitteeTermEnd)]);
        }

        if (FoundedOn is { } founded && founded > validationContext.Today())
        {
            yield return new ValidationResult("成立日期不能晚于今天", [nameof(FoundedOn)]);
        }

        if (Level is OrgLevel.CountyCommittee or OrgLevel.TownshipCommittee && Sector != OrgSector.Regional)
        {
            yield return new ValidationResult("县委、乡镇党委的领域应为“地方”", [nameof(Sector)]);
        }
    }
}
