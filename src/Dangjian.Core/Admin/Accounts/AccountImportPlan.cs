using System.Text.RegularExpressions;
using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Account;
using Dangjian.Core.Admin.Roles;

namespace Dangjian.Core.Admin.Accounts;

/// <summary>What an account sheet would do: every problem (row, column, message), the accounts to create, the logins already there.</summary>
internal sealed partial class AccountImportPlan
{
    public sealed record Create(int Row, string UserName, string DisplayName, Organization Organization, string Phone, string? Note);

    public List<ImportProblem> Problems { get; } = [];
    public List<Create> Creates { get; } = [];
    public List<string> Skipped { get; } = [];

    public static async Task<AccountImportPlan> BuildAsync(AppDbContext db, IReadOnlyList<AccountRow> rows, CancellationToken ct)
    {
        var plan = new AccountImportPlan();
        var codes = rows.Select(r => r.OrganizationCode?.Trim()).Where(c => !string.IsNullOrEmpty(c)).Select(c => c!).Distinct().ToList();
        var inScope = (await db.Organizations.Where(o => o.Code != null && codes.Contains(o.Code)).ToListAsync(ct))
            .ToDictionary(o => o.Code!, StringComparer.OrdinalIgnoreCase);
        var known = (await db.Organizations.IgnoreQueryFilters().Where(o => o.Code != null && codes.Contains(o.Code)).Select(o => o.Code!).ToListAsync(ct))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = rows.Select(r => r.UserName?.Trim().ToUpperInvariant()).Where(n => !string.IsNullOrEmpty(n)).Distinct().ToList();
        var existing = (await db.Users.Where(u => u.NormalizedUserName != null && names.Contains(u.NormalizedUserName))
            .Select(u => new { u.NormalizedUserName, u.DisplayName, u.OrganizationId }).ToListAsync(ct))
            .ToDictionary(u => u.NormalizedUserName!, u => (u.DisplayName, u.OrganizationId));
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var before = plan.Problems.Count;
            var userName = plan.UserName(row, seen);
            var displayName = plan.Required(row.Row, AccountSheetField.DisplayName, row.DisplayName, 40, "姓名");
            var organization = plan.Organization(row, inScope, known);
            var phone = plan.Phone(row);
            var note = row.Note?.Trim();
            if (note?.Length > 200)
            {
                plan.Problem(row.Row, AccountSheetField.Note, "备注不能超过200个字。");
            }

            if (plan.Problems.Count > before)
            {
                continue;
            }

            if (existing.TryGetValue(userName!.ToUpperInvariant(), out var there))
            {
                if (there.DisplayName == displayName && there.OrganizationId == organization!.Id)
                {
                    plan.Skipped.Add(userName);
                }
                else
                {
                    plan.Problem(row.Row, AccountSheetField.UserName, $"登录名“{userName}”已被系统中另一个账号使用，请换一个登录名。");
                }

                continue;
            }

            plan.Creates.Add(new Create(row.Row, userName, displayName!, organization!, phone!, string.IsNullOrEmpty(note) ? null : note));
        }

        return plan;
    }

    private string? UserName(AccountRow row, Dictionary<string, int> seen)
    {
        var name = row.UserName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            Problem(row.Row, AccountSheetField.UserName, "请填写登录名。");
            return null;
        }

        if (!UserNamePattern().IsMatch(name))
        {
            Problem(row.Row, AccountSheetField.UserName, $"登录名“{name}”不合格式：应为3到40位字母、数字或 . _ @ -，不能有汉字和空格。");
            return null;
        }

        if (seen.TryGetValue(name, out var first))
        {
            Problem(row.Row, AccountSheetField.UserName, $"登录名“{name}”与第{first}行重复。");
            return null;
        }

        seen[name] = row.Row;
        return name;
    }

    private Organization? Organization(AccountRow row, Dictionary<string, Organization> inScope, HashSet<string> known)
    {
        var code = row.OrganizationCode?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            Problem(row.Row, AccountSheetField.OrganizationCode, "请填写组织编码。");
            return null;
        }

        if (inScope.TryGetValue(code, out var organization))
        {
            if (organization.IsActive)
            {
                return organization;
            }

            Problem(row.Row, AccountSheetField.OrganizationCode, $"组织编码“{code}”的党组织“{organization.Name}”已撤销，不能在其下建账号。");
            return null;
        }

        Problem(row.Row, AccountSheetField.OrganizationCode, known.Contains(code)
            ? $"组织编码“{code}”的党组织不在您的管辖范围内。"
            : $"找不到组织编码“{code}”：系统中没有这个编码的党组织（请先导入组织架构，或核对编码）。");
        return null;
    }

    private string? Phone(AccountRow row)
    {
        var text = row.Phone?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            Problem(row.Row, AccountSheetField.Phone, "请填写手机号。");
            return null;
        }

        var digits = new string([.. text.Where(c => c is not (' ' or '-'))]);
        digits = digits.StartsWith("+86", StringComparison.Ordinal) ? digits[3..] : digits;
        if (!MobilePattern().IsMatch(digits))
        {
            Problem(row.Row, AccountSheetField.Phone, $"手机号“{text}”格式不正确，应为11位手机号码（1开头）。");
            return null;
        }

        return digits;
    }

    private string? Required(int line, AccountSheetField field, string? text, int max, string label)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            Problem(line, field, $"请填写{label}。");
            return null;
        }

        if (t.Length > max)
        {
            Problem(line, field, $"{label}不能超过{max}个字。");
            return null;
        }

        return t;
    }

    private void Problem(int row, AccountSheetField field, string message) =>
        Problems.Add(new ImportProblem(row, AccountSheet.Label(field), message));

    [GeneratedRegex("^[A-Za-z0-9._@-]{3,40}$")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobilePattern();
}
