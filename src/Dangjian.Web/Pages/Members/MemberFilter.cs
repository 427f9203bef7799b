using System.Text.RegularExpressions;
using Dangjian.Core.Members;
using Microsoft.AspNetCore.Mvc;

namespace Dangjian.Web.Pages.Members;

/// <summary>
/// Search and filters of the member list, shared by the list and the export. The search box takes a name (or part),
/// pinyin initials ("zs") or joined pinyin ("zhangsan"), or the last 4 characters of the resident ID ("1234", "123X").
/// Scope is never filtered here: the query filters of AppDbContext already limit rows to the user's subtree.
/// </summary>
public sealed partial class MemberFilter
{
    [FromQuery(Name = "q")] public string? Q { get; set; }

    /// <summary>Organization id: members of it and of its subtree.</summary>
    [FromQuery(Name = "org")] public int? Org { get; set; }

    [FromQuery(Name = "state")] public MemberState? State { get; set; } = MemberState.Active;

    [FromQuery(Name = "status")] public MemberStatus? Status { get; set; }

    public IQueryable<Member> Apply(IQueryable<Member> members, string? orgPath)
    {
        if (orgPath is not null)
        {
            members = members.Where(m => m.Organization!.Path.StartsWith(orgPath));
        }

        if (State is { } state)
        {
            members = members.Where(m => m.State == state);
        }

        if (Status is { } status)
        {
            members = members.Where(m => m.Status == status);
        }

        var q = Q?.Trim();
        if (string.IsNullOrEmpty(q))
        {
            return members;
        }

        if (IdSuffix().IsMatch(q))
        {
            var suffix = q.ToUpperInvariant();
            return members.Where(m => m.ResidentIdMasked != null && m.ResidentIdMasked.EndsWith(suffix));
        }

        if (q.All(char.IsAsciiLetter))
        {
            var key = Pinyin.SearchKey(q);
            return members.Where(m => m.NameInitials.StartsWith(key) || m.NamePinyin.Replace(" ", "").StartsWith(key));
        }

        return members.Where(m => m.Name.Contains(q));
    }

    /// <summary>Orders by pinyin (NamePinyin), then by the name itself.</summary>
    public static IQueryable<Member> Sort(IQueryable<Member> members) => members.OrderBy(m => m.NamePinyin).ThenBy(m => m.Name).ThenBy(m => m.Id);

    public Dictionary<string, string> RouteValues(int? page = null)
    {
        var values = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(Q)) values["q"] = Q.Trim();
        if (Org is { } org) values["org"] = org.ToString(System.Globalization.CultureInfo.InvariantCulture);
        values["state"] = State?.ToString() ?? "";
        if (Status is { } status) values["status"] = status.ToString();
        if (page is { } p) values["page"] = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }

    public string QueryString(int? page = null) =>
        Microsoft.AspNetCore.Http.QueryString.Create(RouteValues(page)!).ToUriComponent();

    [GeneratedRegex(@"^\d{3}[\dXx]$")]
    private static partial Regex IdSuffix();
}
