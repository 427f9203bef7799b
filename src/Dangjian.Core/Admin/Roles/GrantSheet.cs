using Dangjian.Core.Imports;
using Dangjian.Core.Members.Import;
using Dangjian.Core.Account;
using Dangjian.Core.Admin.Accounts;

namespace Dangjian.Core.Admin.Roles;

public enum GrantSheetField { UserName, Role, OrganizationCodes }

/// <summary>One data row of a grant sheet, as text (validated by <see cref="GrantPlan"/>).</summary>
public sealed record GrantRow(int Row, string? UserName, string? Role, string? OrganizationCodes);

/// <summary>The bulk grant sheet (批量授权) the security administrator uploads: its columns, and reading it.</summary>
public static class GrantSheet
{
    public const int MaxRows = 1000;
    public const string DataSheetName = "授权";

    public static readonly IReadOnlyList<SheetColumn<GrantSheetField>> Columns =
    [
        new(GrantSheetField.UserName, "登录名", ["用户名", "账号", "登录账号"], true, "系统管理员已建好的账号的登录名。", "qs.zhangsan"),
        new(GrantSheetField.Role, "角色", ["授予角色", "角色名称"], true,
            $"{string.Join("、", Account.Roles.Business.Select(r => Account.Roles.ChineseNames[r]))}之一。三员角色不能批量授予。", Account.Roles.ChineseNames[Account.Roles.BranchSecretary]),
        new(GrantSheetField.OrganizationCodes, "管辖组织编码", ["管辖范围", "管辖组织", "组织编码"], true,
            "管辖范围的党组织编码：该组织及其下级。班子成员（联系点）填所联系的党支部或党总支编码，可填多个，用“、”或逗号隔开。", "QS-XHC"),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一个账号，只能授予尚未授权的账号；已有角色的账号请在“授权”页逐个调整。角色和管辖范围与文件相同的行跳过（“已授权”）。",
        "授权的同时发放初始密码后半段：导入完成后请下载“初始密码后半段”表，核实本人身份后交给本人。",
        "有任何一行出错时，整个文件都不导入，并列出每个错误所在的行和列。",
    ];

    public static bool IsKnownHeader(string? header) => SheetColumns.Find(Columns, header) is not null;

    public static string Label(GrantSheetField field) => Columns.First(c => c.Field == field).Label;

    public static (IReadOnlyList<GrantRow> Rows, IReadOnlyList<ImportProblem> Problems) Read(RosterReader reader)
    {
        var (lines, problems) = SheetLines.Read(reader, Columns, MaxRows, $"一个文件最多授权{MaxRows}个账号，请分成几个文件。");
        return ([.. lines.Select(l => new GrantRow(l.Row, l[GrantSheetField.UserName], l[GrantSheetField.Role], l[GrantSheetField.OrganizationCodes]))], problems);
    }

    /// <summary>The business role a cell names (Chinese name or internal name), or null.</summary>
    public static string? RoleOf(string? text)
    {
        var t = text?.Trim();
        return Account.Roles.Business.FirstOrDefault(r => Account.Roles.ChineseNames[r] == t || string.Equals(r, t, StringComparison.OrdinalIgnoreCase)
            || (r == Account.Roles.LiaisonLeader && t is "班子成员" or "联系点"));
    }
}
