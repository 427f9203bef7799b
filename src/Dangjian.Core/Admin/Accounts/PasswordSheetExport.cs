using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Account;
using Dangjian.Core.Admin.Roles;

namespace Dangjian.Core.Admin.Accounts;

/// <summary>The download of a password-halves sheet (<see cref="PasswordSheet"/>), audited: who, which accounts — never the passwords.</summary>
public sealed class PasswordSheetExport(AppDbContext db, AuditWriter audit, IAuditContext actor) : IOperation
{
    public static string Label(bool firstHalf) => firstHalf ? "初始密码前半段" : "初始密码后半段";

    public async Task<byte[]> ExportAsync(IReadOnlyList<PasswordHalf> halves, bool firstHalf, CancellationToken ct = default)
    {
        var details = BulkAudit.Details(new { sheet = Label(firstHalf), users = halves.Select(h => h.UserName) });
        await audit.AppendAsync(db, actor, new AuditRecord(AuditAction.Export, nameof(AppUser), Details: details), ct);
        return PasswordSheet.Write(halves, firstHalf);
    }
}
