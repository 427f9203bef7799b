using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Members;

namespace Dangjian.Web.Pages.Cadres;

/// <summary>The editable fields of a village "two committees" member, shared by the create and edit pages.</summary>
public sealed class CadreForm : PersonForm, IValidatableObject
{
    [Required(ErrorMessage = "请选择换届届次")]
    public int? TermId { get; set; }

    [Required(ErrorMessage = "请选择所在村（社区）")]
    public int? OrganizationId { get; set; }

    public Education EducationAtElection { get; set; } = Education.HighSchool;
    public PartyPost? PartyPost { get; set; }
    public VillagePost? VillagePost { get; set; }
    public SupervisionPost? SupervisionPost { get; set; }
    public bool IsPartyMember { get; set; } = true;
    public bool IsFullTimeSecretary { get; set; }
    public DateOnly? LeftOn { get; set; }

    [StringLength(200, ErrorMessage = "离任原因不能超过200个字")]
    public string? LeftReason { get; set; }

    public int Version { get; set; }

    public static CadreForm From(Cadre c)
    {
        var form = new CadreForm
        {
            TermId = c.TermId, OrganizationId = c.OrganizationId, EducationAtElection = c.EducationAtElection, PartyPost = c.PartyPost,
            VillagePost = c.VillagePost, SupervisionPost = c.SupervisionPost, IsPartyMember = c.IsPartyMember,
            IsFullTimeSecretary = c.IsFullTimeSecretary, LeftOn = c.LeftOn, LeftReason = c.LeftReason, Version = c.Version,
        };
        form.Fill(c.Person);
        return form;
    }

    public CadreDraft Draft => new(TermId, OrganizationId, Name, Sex, BirthDate, EducationAtElection, Education, PartyPost, VillagePost, SupervisionPost,
        IsPartyMember, IsFullTimeSecretary, LeftOn, LeftReason, Version);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PartyPost is null && VillagePost is null && SupervisionPost is null)
        {
            yield return new ValidationResult("请至少选择一个职务", [nameof(PartyPost)]);
        }

        if (PartyPost is not null && !IsPartyMember)
        {
            yield return new ValidationResult("村党组织职务须由党员担任", [nameof(IsPartyMember)]);
        }

        if (IsFullTimeSecretary && PartyPost != Core.Cadres.PartyPost.Secretary)
        {
            yield return new ValidationResult("专职村书记须担任村党组织书记", [nameof(IsFullTimeSecretary)]);
        }

        if (LeftOn is not null && string.IsNullOrWhiteSpace(LeftReason))
        {
            yield return new ValidationResult("请填写离任原因", [nameof(LeftReason)]);
        }

        if (EducationAtElection > Education)
        {
            yield return new ValidationResult("现学历不能低于换届时学历", [nameof(Education)]);
        }
    }
}
