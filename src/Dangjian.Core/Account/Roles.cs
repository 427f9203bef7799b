namespace Dangjian.Core.Account;

/// <summary>Roles of docs/design/domain.md §1, with their Chinese names.</summary>
public static class Roles
{
    public const string CountyOrgDept = nameof(CountyOrgDept);
    public const string TownshipSecretary = nameof(TownshipSecretary);
    public const string TownshipClerk = nameof(TownshipClerk);
    public const string LiaisonLeader = nameof(LiaisonLeader);
    public const string BranchSecretary = nameof(BranchSecretary);
    public const string SysAdmin = nameof(SysAdmin);
    public const string SecAdmin = nameof(SecAdmin);
    public const string Auditor = nameof(Auditor);

    public static readonly IReadOnlyDictionary<string, string> ChineseNames = new Dictionary<string, string>
    {
        [CountyOrgDept] = "县委组织部",
        [TownshipSecretary] = "乡镇党委书记",
        [TownshipClerk] = "乡镇党建办",
        [LiaisonLeader] = "班子成员（联系点）",
        [BranchSecretary] = "党组织书记",
        [SysAdmin] = "系统管理员",
        [SecAdmin] = "安全管理员",
        [Auditor] = "审计管理员",
    };

    /// <summary>Roles that work with party-building records (business data).</summary>
    public static readonly IReadOnlyList<string> Business = [CountyOrgDept, TownshipSecretary, TownshipClerk, LiaisonLeader, BranchSecretary];

    /// <summary>三员: the administration roles, which see no business data and are never combined.</summary>
    public static readonly IReadOnlyList<string> Administration = [SysAdmin, SecAdmin, Auditor];

    public static bool IsAdministration(string role) => Administration.Contains(role);

    /// <summary>Why an account may not hold this set of roles (三员分立), or null when it may.</summary>
    public static string? CheckCombination(IReadOnlyCollection<string> roles)
    {
        if (roles.Any(r => !ChineseNames.ContainsKey(r)))
        {
            return "包含未知角色。";
        }

        return roles.Count > 1 && roles.Any(IsAdministration)
            ? "系统管理员、安全管理员、审计管理员三员分立：这三个角色不能兼任，也不能与业务角色兼任。"
            : null;
    }

    /// <summary>Roles that may edit the organization tree of their subtree.</summary>
    public const string OrganizationEditors = CountyOrgDept + "," + TownshipSecretary + "," + TownshipClerk;

    /// <summary>Roles that may enter, edit, transfer and import members, and reveal a resident ID, in their subtree.</summary>
    public const string MemberEditors = CountyOrgDept + "," + TownshipSecretary + "," + TownshipClerk + "," + BranchSecretary;

    /// <summary>Roles that read townships' duty reports (the county reviews them).</summary>
    public const string ReportViewers = CountyOrgDept + "," + TownshipSecretary + "," + TownshipClerk;

    /// <summary>Roles that compose, edit and submit their township's duty report.</summary>
    public const string ReportEditors = TownshipSecretary + "," + TownshipClerk;

    /// <summary>Roles that open the annual review (述职评议考核): reviewers, and the reviewed for their own row.</summary>
    public const string ReviewViewers = CountyOrgDept + "," + TownshipSecretary + "," + TownshipClerk + "," + BranchSecretary;

    /// <summary>Roles that run a review of the organizations below their own (the county's, a township's of its branches).</summary>
    public const string ReviewEditors = CountyOrgDept + "," + TownshipSecretary + "," + TownshipClerk;
}
