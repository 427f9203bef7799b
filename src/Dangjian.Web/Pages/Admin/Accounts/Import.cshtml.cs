using Dangjian.Core.Admin.Accounts;
using Dangjian.Core.Imports;
using Dangjian.Core.Members.Import;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Pages.Admin.Accounts;

/// <summary>
/// SysAdmin: accounts in bulk from a sheet, then the sheet of first password halves. Accounts get no role here: the
/// security administrator grants them (三员分立).
/// </summary>
public class ImportModel(AccountImport import, PasswordHalves halves, IOptions<ImportOptions> options, IDataProtectionProvider protection,
    ILogger<ImportModel> log) : BulkSheetPageModel<AccountRow, AccountImport.Outcome>(Bulk, halves, options, protection, log)
{
    private static readonly BulkSheet<AccountRow> Bulk = new(
        "account-import", "批量建账号模板.xlsx",
        buffer => ImportTemplate.Write(buffer, AccountSheet.DataSheetName, AccountSheet.Columns, AccountSheet.Notes),
        AccountSheet.IsKnownHeader, AccountSheet.Read, FirstHalf: true, "请勾选“我已核对预览，确认导入”。",
        "下载已过期或无效（导入后一小时内、由导入的管理员本人下载）。请在账号管理中逐个重置这些账号的密码。");

    protected override Task<AccountImport.Outcome> PreviewAsync(IReadOnlyList<AccountRow> rows, CancellationToken ct) => import.PreviewAsync(rows, ct);

    protected override Task<AccountImport.Outcome> ImportAsync(IReadOnlyList<AccountRow> rows, CancellationToken ct) => import.ImportAsync(rows, ct);

    protected override AccountImport.Outcome Unread(IReadOnlyList<ImportProblem> problems) => new(problems, [], [], []);
}
