using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Web.Pages.Cadres.Qualifications;

public sealed class ReviewForm : IValidatableObject
{
    [Required(ErrorMessage = "请选择换届届次")]
    public int? TermId { get; set; }

    [Required(ErrorMessage = "请选择所在村（社区）")]
    public int? OrganizationId { get; set; }

    [Required(ErrorMessage = "请填写被审查人姓名")]
    [StringLength(40, ErrorMessage = "姓名不能超过40个字")]
    public string PersonName { get; set; } = "";

    [Required(ErrorMessage = "请填写联审日期")]
    public DateOnly? ReviewedOn { get; set; }

    public List<string> Departments { get; set; } = [];
    public ReviewResult Result { get; set; }

    [StringLength(200, ErrorMessage = "问题说明不能超过200个字")]
    public string? ProblemReason { get; set; }

    public DateOnly? RemovedOn { get; set; }

    public QualificationReviewDraft Draft => new(TermId, OrganizationId, PersonName, ReviewedOn, Departments, Result, ProblemReason, RemovedOn);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Departments.Count == 0)
        {
            yield return new ValidationResult("请至少选择一个参加联审的部门", [nameof(Departments)]);
        }

        if (Result == ReviewResult.Problem && string.IsNullOrWhiteSpace(ProblemReason))
        {
            yield return new ValidationResult("“问题成员”须写明存在的问题", [nameof(ProblemReason)]);
        }

        if (Result == ReviewResult.Passed && RemovedOn is not null)
        {
            yield return new ValidationResult("联审通过的人员不能填写清理日期", [nameof(RemovedOn)]);
        }

        if (RemovedOn is { } removed && ReviewedOn is { } reviewed && removed < reviewed)
        {
            yield return new ValidationResult("清理日期不能早于联审日期", [nameof(RemovedOn)]);
        }
    }
}
