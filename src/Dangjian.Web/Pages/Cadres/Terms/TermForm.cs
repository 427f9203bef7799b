using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Web.Pages.Cadres.Terms;

public sealed class TermForm : IValidatableObject
{
    [Required(ErrorMessage = "请选择乡镇")]
    public int? OrganizationId { get; set; }

    [Required(ErrorMessage = "请填写届次名称")]
    [StringLength(40, ErrorMessage = "届次名称不能超过40个字")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "请填写换届选举日期")]
    public DateOnly? ElectedOn { get; set; }

    public ElectionTermDraft Draft => new(OrganizationId, Name, ElectedOn);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ElectedOn is { } on && on > validationContext.Today())
        {
            yield return new ValidationResult("换届选举日期不能晚于今天", [nameof(ElectedOn)]);
        }
    }
}
