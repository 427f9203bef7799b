using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Members;

namespace Dangjian.Web.Pages.Cadres.Reserves;

public sealed class ReserveForm : PersonForm, IValidatableObject
{
    [Required(ErrorMessage = "请选择所在村（社区）")]
    public int? OrganizationId { get; set; }

    public ReserveSource Source { get; set; }

    [Required(ErrorMessage = "请填写入库日期")]
    public DateOnly? AddedOn { get; set; }

    public bool ForFullTimeSecretary { get; set; }
    public DateOnly? TrainedOn { get; set; }

    public ReserveCadreDraft Draft => new(OrganizationId, Name, Sex, BirthDate, Education, Source, AddedOn, ForFullTimeSecretary, TrainedOn);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AddedOn is { } added && added > validationContext.Today())
        {
            yield return new ValidationResult("入库日期不能晚于今天", [nameof(AddedOn)]);
        }

        if (BirthDate is { } birth && AddedOn is { } on && ElectionAge.At(birth, on) < 18)
        {
            yield return new ValidationResult("入库时应年满18周岁", [nameof(BirthDate)]);
        }

        if (TrainedOn is { } trained && AddedOn is { } from && trained < from)
        {
            yield return new ValidationResult("培训日期不能早于入库日期", [nameof(TrainedOn)]);
        }
    }
}
