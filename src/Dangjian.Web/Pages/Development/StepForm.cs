using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Development;

namespace Dangjian.Web.Pages.Development;

public sealed class StepForm
{
    public int Step { get; set; }

    [Required(ErrorMessage = "请填写办理日期")]
    public DateOnly? On { get; set; }

    [Range(0, 365, ErrorMessage = "天数不正确")]
    public int? TrainingDays { get; set; }

    [Range(0, 2000, ErrorMessage = "学时不正确")]
    public int? TrainingHours { get; set; }

    [Range(0, 100000, ErrorMessage = "人数不正确")]
    public int? VotersDue { get; set; }

    [Range(0, 100000, ErrorMessage = "人数不正确")]
    public int? VotersPresent { get; set; }

    [Range(0, 100000, ErrorMessage = "人数不正确")]
    public int? VotesInFavour { get; set; }

    public DateOnly? NoticeFrom { get; set; }
    public DateOnly? NoticeTo { get; set; }

    [StringLength(400, ErrorMessage = "说明不能超过400个字")]
    public string? Note { get; set; }

    public int Version { get; set; }

    public StepEntry ToEntry() => new(Step, On!.Value)
    {
        TrainingDays = TrainingDays, TrainingHours = TrainingHours, VotersDue = VotersDue, VotersPresent = VotersPresent,
        VotesInFavour = VotesInFavour, NoticeFrom = NoticeFrom, NoticeTo = NoticeTo,
    };
}
