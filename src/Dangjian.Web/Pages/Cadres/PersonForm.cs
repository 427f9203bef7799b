using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Cadres;
using Dangjian.Core.Members;

namespace Dangjian.Web.Pages.Cadres;

/// <summary>The <see cref="Person"/> fields of the cadre and reserve cadre forms (posted as Form.Name, Form.Sex…).</summary>
public abstract class PersonForm
{
    [Required(ErrorMessage = "请填写姓名")]
    [StringLength(Person.NameMaxLength, ErrorMessage = "姓名不能超过40个字")]
    public string Name { get; set; } = "";

    public Sex Sex { get; set; }

    [Required(ErrorMessage = "请填写出生日期")]
    public DateOnly? BirthDate { get; set; }

    public Education Education { get; set; } = Education.HighSchool;

    protected void Fill(Person p) => (Name, Sex, BirthDate, Education) = (p.Name, p.Sex, p.BirthDate, p.Education);
}
