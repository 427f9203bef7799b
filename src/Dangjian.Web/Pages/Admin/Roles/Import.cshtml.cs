using Dangjian.Core.Admin.Roles;
using Dangjian.Core.Imports;
using Dangjian.Core.Members.Import;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Pages.Admin.Roles;

/// <summary>
/// SecAdmin: roles and scope for accounts without roles, in bulk from a sheet, then the sheet of the second password
/// halves released with the grant (三员分立).
/// </summary>
public class ImportModel(RoleGrants grants, PasswordHalves halves, IOptions<ImportOptions> options, IDataProtectionProvider protection,
    ILogger<ImportModel> log) : BulkSheetPageModel<GrantRow, RoleGrants.Outcome>(Bulk, halves, options, protection, log)
{
    private static readonly BulkSheet<GrantRow> Bulk = new(
        "grant-import", "批量授权模板.xlsx",
        buffer => ImportTemplate.Write(buffer, GrantSheet.DataSheetName, GrantSheet.Columns, GrantSheet.Notes),
        GrantSheet.IsKnownHeader, GrantSheet.Read, FirstHalf: false, "请勾选“我已核对预览，确认授权”。",
        "下载已过期或无效（导入后一小时内、由导入的管理员本人下载）。请让系统管理员逐个重置这些账号的密码。");

    protected override Task<RoleGrants.Outcome> PreviewAsync(IReadOnlyList<GrantRow> rows, CancellationToken ct) => grants.PreviewAsync(rows, ct);

    protected override Task<RoleGrants.Outcome> ImportAsync(IReadOnlyList<GrantRow> rows, CancellationToken ct) => grants.ImportAsync(rows, ct);

    protected override RoleGrants.Outcome Unread(IReadOnlyList<ImportProblem> problems) => new(problems, [], [], []);
}
