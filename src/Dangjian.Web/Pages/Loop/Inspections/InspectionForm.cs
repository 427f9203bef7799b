using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Loop.Inspections;
using Dangjian.Core.Time;

namespace Dangjian.Web.Pages.Loop.Inspections;

public sealed class InspectionForm : IValidatableObject
{
    public InspectionKind Kind { get; set; } = InspectionKind.RandomDraw;

    /// <summary>The county's own category (作风督查…), if any.</summary>
    public int? TagId { get; set; }

    [Required(ErrorMessage = "请填写督查内容")]
    [StringLength(200, ErrorMessage = "督查内容不能超过200个字")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "请填写开始日期")]
    [FactDate("开始日期")]
    public DateOnly? StartedOn { get; set; }

    [Range(1, 99, ErrorMessage = "轮次应在1到99之间")]
    public int Round { get; set; } = 1;

    /// <summary>两随机: the pool of inspectors; otherwise the inspectors themselves (names separated by 、).</summary>
    [Required(ErrorMessage = "请填写督查人员")]
    [StringLength(1000, ErrorMessage = "督查人员不能超过1000个字")]
    public string Inspectors { get; set; } = "";

    /// <summary>两随机: candidate organizations; otherwise the organizations inspected.</summary>
    public List<int> Targets { get; set; } = [];

    /// <summary>两随机 only: how many inspectors and targets to draw (ignored by the other kinds, so they may stay empty).</summary>
    [Range(1, 20, ErrorMessage = "抽取督查人员数应在1到20之间")]
    public int? InspectorCount { get; set; } = 2;

    [Range(1, 200, ErrorMessage = "抽取督查对象数应在1到200之间")]
    public int? TargetCount { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Targets.Count == 0)
        {
            yield return new ValidationResult("请至少选择一个督查对象（或候选对象）", [nameof(Targets)]);
        }

        if (Kind == InspectionKind.RandomDraw && InspectorCount is null)
        {
            yield return new ValidationResult("“两随机”请填写抽取督查人员数", [nameof(InspectorCount)]);
        }

        if (Kind == InspectionKind.RandomDraw && TargetCount is null)
        {
            yield return new ValidationResult("“两随机”请填写抽取督查对象数", [nameof(TargetCount)]);
        }

        if (Kind == InspectionKind.RandomDraw && TargetCount > Targets.Distinct().Count() && Targets.Count > 0)
        {
            yield return new ValidationResult($"抽取督查对象数不能多于勾选的候选对象（{Targets.Distinct().Count()}个）", [nameof(TargetCount)]);
        }
    }
}
