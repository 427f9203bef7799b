using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Core.Cadres.Qualifications;

/// <summary>
/// 任职资格联审: one candidate's or cadre's check by the consulted departments, before an election or in the
/// yearly re-review. A "问题成员" is cleared out (<see cref="RemovedOn"/>): not nominated, or removed from office.
/// </summary>
public class QualificationReview : IVersioned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int TermId { get; set; }
    public ElectionTerm? Term { get; set; }

    /// <summary>Set when the person reviewed is (or was) a cadre; candidates may not be.</summary>
    public int? CadreId { get; set; }
    public required string PersonName { get; set; }
    public DateOnly ReviewedOn { get; set; }

    /// <summary>Departments consulted, "、"-separated (see <see cref="ReviewDepartments"/>).</summary>
    public string Departments { get; set; } = "";
    public ReviewResult Result { get; set; }
    public string? ProblemReason { get; set; }
    public DateOnly? RemovedOn { get; set; }
    public int Version { get; set; }
}

public enum ReviewResult { Passed, Problem }

public static class ReviewDepartments
{
    public static readonly IReadOnlyList<string> Usual =
        ["纪委监委", "组织部", "政法委", "公安局", "法院", "检察院", "司法局", "信访局", "市场监管局", "自然资源局", "卫健局", "民政局"];

    public static string Join(IEnumerable<string> departments) => string.Join("、", departments);
}
