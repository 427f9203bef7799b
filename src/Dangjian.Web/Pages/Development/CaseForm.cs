using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Development;
using Dangjian.Core.Members;

namespace Dangjian.Web.Pages.Development;

public sealed class CaseForm
{
    [Required(ErrorMessage = "请选择党组织")]
    public int? OrganizationId { get; set; }

    [Required(ErrorMessage = "请填写姓名")]
    [StringLength(40, ErrorMessage = "姓名不能超过40个字")]
    public string Name { get; set; } = "";

    public Sex Sex { get; set; }

    [Required(ErrorMessage = "请填写出生日期")]
    public DateOnly? BirthDate { get; set; }

    public Education Education { get; set; } = Education.HighSchool;

    [Required(ErrorMessage = "请填写递交入党申请书的日期")]
    public DateOnly? AppliedOn { get; set; }

    /// <summary>The case to open, once the binder accepted the form.</summary>
    public CaseDraft ToDraft() => new(OrganizationId, Name, Sex, BirthDate!.Value, Education, AppliedOn!.Value);
}
