namespace Dangjian.Core.Identity;

/// <summary>Roles of DOMAIN.md §1, with their Chinese names.</summary>
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

    /// <summary>Roles that may edit the organization tree of their subtree.</summary>
    public const string OrganizationEditors = CountyOrgDept + "," + TownshipSecretary + "," + TownshipClerk;

    /// <summary>Roles that may enter, edit, transfer and import members, and reveal a resident ID, in their subtree.</summary>
    public const string MemberEditors = CountyOrgDept + "," + TownshipSecretary + "," + TownshipClerk + "," + BranchSecretary;
}
