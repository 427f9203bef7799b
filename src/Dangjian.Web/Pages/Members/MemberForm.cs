using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Members;

namespace Dangjian.Web.Pages.Members;

/// <summary>
/// The editable fields of a member, shared by create and edit. The resident ID is write-only here: left empty on
/// edit it keeps the stored one (the form never carries the full ID back to the browser).
/// </summary>
public sealed class MemberForm : IValidatableObject
{
    [Required(ErrorMessage = "请填写姓名")]
    [StringLength(40, ErrorMessage = "姓名不能超过40个字")]
    public string Name { get; set; } = "";

    public int OrganizationId { get; set; }

    [StringLength(18, ErrorMessage = "身份证号码应为18位。")]
    public string? ResidentId { get; set; }

    public Sex Sex { get; set; }

    [Required(ErrorMessage = "请填写出生日期")]
    public DateOnly? BirthDate { get; set; }

    public MemberStatus Status { get; set; }

    [Required(ErrorMessage = "请填写入党时间")]
    public DateOnly? JoinedOn { get; set; }

    public DateOnly? ConvertedOn { get; set; }
    public Education Education { get; set; } = Education.HighSchool;

    [StringLength(20, ErrorMessage = "民族不能超过20个字")]
    public string? Ethnicity { get; set; } = "汉族";

    [StringLength(100, ErrorMessage = "职业/工作岗位不能超过100个字")]
    public string? Occupation { get; set; }

    [RegularExpression(@"^(1\d{10}|0\d{2,3}-?\d{7,8}|\d{7,8})$", ErrorMessage = "联系电话应为手机号或带区号的固定电话")]
    public string? Phone { get; set; }

    public bool IsMobile { get; set; }
    public bool NoSmartphone { get; set; }
    public bool InHardship { get; set; }

    /// <summary>Create only: when filled, the member is recorded as transferred in from this (outside) organization.</summary>
    [StringLength(200, ErrorMessage = "原组织名称不能超过200个字")]
    public string? TransferredInFrom { get; set; }

    public int Version { get; set; }

    public static MemberForm From(Member m) => new()
    {
        Name = m.Name,
        OrganizationId = m.OrganizationId,
        Sex = m.Sex,
        BirthDate = m.BirthDate,
        Status = m.Status,
        JoinedOn = m.JoinedOn,
        ConvertedOn = m.ConvertedOn,
        Education = m.Education,
        Ethnicity = m.Ethnicity,
        Occupation = m.Occupation,
        IsMobile = m.IsMobile,
        NoSmartphone = m.NoSmartphone,
        InHardship = m.InHardship,
        Version = m.Version,
    };

    public MemberDraft Draft => new(OrganizationId, Name, ResidentId, Sex, BirthDate, Status, JoinedOn, ConvertedOn, Education, Ethnicity, Occupation, Phone,
        IsMobile, NoSmartphone, InHardship, TransferredInFrom, Version);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var today = validationContext.Today();
        if (!string.IsNullOrWhiteSpace(ResidentId))
        {
            if (Core.Members.ResidentId.Validate(ResidentId, today) is { } problem)
            {
                yield return new ValidationResult(problem, [nameof(ResidentId)]);
            }
            else if (BirthDate is { } birth && Core.Members.ResidentId.Inconsistency(ResidentId, birth, Sex) is { } inconsistent)
            {
                yield return new ValidationResult(inconsistent, [nameof(ResidentId)]);
            }
        }

        if (BirthDate is { } b && (b > today || b.Year < 1900))
        {
            yield return new ValidationResult("出生日期不在合理范围内", [nameof(BirthDate)]);
        }

        if (JoinedOn is { } j)
        {
            if (j > today)
            {
                yield return new ValidationResult("入党时间不能晚于今天", [nameof(JoinedOn)]);
            }
            else if (BirthDate is { } bd && j < bd.AddYears(18))
            {
                yield return new ValidationResult("入党时间早于年满18周岁，请核对", [nameof(JoinedOn)]);
            }
        }

        if (Status == MemberStatus.Full && ConvertedOn is { } c && JoinedOn is { } jo && c < jo)
        {
            yield return new ValidationResult("转正时间不能早于入党时间", [nameof(ConvertedOn)]);
        }
    }
}
