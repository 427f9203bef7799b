using Dangjian.Core.Imports;
using Dangjian.Core.Members.Import;
using Dangjian.Core.Account;
using Dangjian.Core.Admin.Roles;

namespace Dangjian.Core.Admin.Accounts;

public enum AccountSheetField { UserName, DisplayName, OrganizationCode, Phone, Note }

/// <summary>One data row of an account sheet, as text (validated by <see cref="AccountImport"/>).</summary>
public sealed record AccountRow(int Row, string? UserName, string? DisplayName, string? OrganizationCode, string? Phone, string? Note = null);

/// <summary>The bulk account sheet (批量建账号) the system administrator uploads: its columns, and reading it.</summary>
public static class AccountSheet
{
    public const int MaxRows = 500;
    public const string DataSheetName = "账号";

    public static readonly IReadOnlyList<SheetColumn<AccountSheetField>> Columns =
    [
        new(AccountSheetField.UserName, "登录名", ["用户名", "账号", "登录账号"], true,
            "3到40位字母、数字或 . _ @ -，全县唯一。再次导入时按登录名识别同一个账号。", "qs.zhangsan"),
        new(AccountSheetField.DisplayName, "姓名", ["使用人", "使用人姓名"], true, "使用该账号的本人姓名，不超过40个字。", "张三"),
        new(AccountSheetField.OrganizationCode, "组织编码", ["所属组织编码", "党组织编码", "组织代码"], true,
            "账号所属党组织的组织编码（与“导入组织架构”中的编码相同），须在您的管辖范围内。", "QS-XHC"),
        new(AccountSheetField.Phone, "手机号", ["手机号码", "手机", "联系电话"], true, "本人11位手机号码，加密保存，列表中只显示前3位和后4位。", "13800001234"),
        new(AccountSheetField.Note, "备注", ["说明"], false, "不超过200个字。", "杏花村党支部书记"),
    ];

    public static IReadOnlyList<string> Notes =>
    [
        "每行一个账号。账号建好后没有任何角色，看不到业务数据；角色和管辖范围由安全管理员授予。",
        "初始密码分两半：系统管理员导入后下载“初始密码前半段”表，安全管理员授权时下载“后半段”表，本人凭两段连在一起首次登录，并须立即修改密码。",
        "同一个文件可以反复导入：登录名已存在且姓名、所属组织相同的行跳过（“已存在”），不重复建立，也不重发密码。",
        "有任何一行出错时，整个文件都不导入，并列出每个错误所在的行和列。",
    ];

    public static bool IsKnownHeader(string? header) => SheetColumns.Find(Columns, header) is not null;

    public static string Label(AccountSheetField field) => Columns.First(c => c.Field == field).Label;

    public static (IReadOnlyList<AccountRow> Rows, IReadOnlyList<ImportProblem> Problems) Read(RosterReader reader)
    {
        var (lines, problems) = SheetLines.Read(reader, Columns, MaxRows, $"一个文件最多导入{MaxRows}个账号，请分成几个文件。");
        return ([.. lines.Select(l => new AccountRow(l.Row, l[AccountSheetField.UserName], l[AccountSheetField.DisplayName],
            l[AccountSheetField.OrganizationCode], l[AccountSheetField.Phone], l[AccountSheetField.Note]))], problems);
    }
}
