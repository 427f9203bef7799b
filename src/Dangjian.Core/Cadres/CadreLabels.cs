using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;

namespace Dangjian.Core.Cadres;

/// <summary>Chinese UI names of the cadre enums.</summary>
public static class CadreLabels
{
    public static string Of(PartyPost post) => post switch
    {
        PartyPost.Secretary => "村党组织书记",
        PartyPost.DeputySecretary => "村党组织副书记",
        _ => "村党组织委员",
    };

    public static string Of(VillagePost post) => post switch
    {
        VillagePost.Director => "村委会主任",
        VillagePost.DeputyDirector => "村委会副主任",
        _ => "村委会委员",
    };

    public static string Of(SupervisionPost post) => post == SupervisionPost.Chair ? "村务监督委员会主任" : "村务监督委员会委员";

    public static string Of(ReserveSource source) => source switch
    {
        ReserveSource.WealthLeader => "致富带头人",
        ReserveSource.Veteran => "退役军人",
        ReserveSource.Graduate => "大学生（高校毕业生）",
        ReserveSource.ReturnedTalent => "回引人才（返乡能人）",
        ReserveSource.MigrantWorker => "外出务工经商人员",
        ReserveSource.VillageGroupCadre => "优秀村组干部",
        _ => "其他",
    };

    public static string Of(ReviewResult result) => result == ReviewResult.Passed ? "通过" : "问题成员";

    public static string Of(AssignmentKind kind) => kind switch
    {
        AssignmentKind.FirstSecretary => "第一书记",
        AssignmentKind.Instructor => "党建指导员",
        AssignmentKind.WorkTeam => "驻村工作队队员",
        AssignmentKind.FullTimeSecretary => "专职村书记",
        _ => "专职村书记后备干部",
    };

    /// <summary>All posts of a cadre, "村党组织书记、村委会主任".</summary>
    public static string Posts(Cadre c) => string.Join("、", new[]
    {
        c.PartyPost is { } p ? Of(p) : null,
        c.VillagePost is { } v ? Of(v) : null,
        c.SupervisionPost is { } s ? Of(s) : null,
    }.Where(x => x is not null));
}
