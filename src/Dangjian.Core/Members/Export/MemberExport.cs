using System.Globalization;
using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Members.Export;

/// <summary>
/// The member roster as .xlsx, in the columns the importer recognizes (an export can be re-imported elsewhere).
/// Reads through the caller's scoped context, so a user exports only their subtree. Resident IDs and phones are
/// masked unless <paramref name="full"/>; the caller audits (Export, and Reveal for a full export).
/// </summary>
public static class MemberExport
{
    public static readonly IReadOnlyList<string> Headers =
        ["姓名", "性别", "出生日期", "身份证号", "民族", "学历", "党员类别", "入党时间", "转正时间", "职业/工作岗位", "联系电话", "所在党组织", "状态"];

    public static Task<int> WriteAsync(Stream output, IQueryable<Member> members, MemberSecrets secrets, bool full, CancellationToken ct = default) =>
        XlsxStreamWriter.WriteAsync(output, "党员名册", Headers, Rows(members, secrets, full, ct), ct);

    private static async IAsyncEnumerable<string?[]> Rows(IQueryable<Member> members, MemberSecrets secrets, bool full,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var query = members.AsNoTracking().Select(m => new { Member = m, Branch = m.Organization!.Name });
        await foreach (var x in query.AsAsyncEnumerable().WithCancellation(ct))
        {
            var m = x.Member;
            yield return
            [
                m.Name,
                PeopleLabels.Of(m.Sex),
                Date(m.BirthDate),
                full ? secrets.RevealResidentId(m) : m.ResidentIdMasked,
                m.Ethnicity,
                PeopleLabels.Of(m.Education),
                PeopleLabels.Of(m.Status),
                Date(m.JoinedOn),
                m.ConvertedOn is { } c ? Date(c) : null,
                m.Occupation,
                full ? secrets.RevealPhone(m) : m.PhoneMasked,
                x.Branch,
                PeopleLabels.Of(m.State),
            ];
        }
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
