using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.OrgLife;

/// <summary>Looks up the demo organizations and members the org-life tests work with, and reads forms as a browser would submit them.</summary>
public static class OrgLifeWorld
{
    public static DateOnly Today => TimeProvider.System.Today();

    public static async Task<Organization> OrgOfAsync(AppFactory app, string user)
    {
        await using var db = app.NewDbContext();
        var id = await db.Users.Where(u => u.UserName == user).Select(u => u.OrganizationId).SingleAsync();
        return await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    public static async Task<List<Member>> ActiveMembersAsync(AppFactory app, int orgId)
    {
        await using var db = app.NewDbContext();
        return await db.Members.AsNoTracking().Where(m => m.OrganizationId == orgId && m.State == MemberState.Active).ToListAsync();
    }

    /// <summary>A group meeting of the branch entered by the branch itself, held <paramref name="daysAgo"/> days ago, everyone present; its id.</summary>
    public static async Task<int> EnterGroupMeetingAsync(AppFactory app, Browser branchUser, int daysAgo, string topic)
    {
        var branch = await OrgOfAsync(app, "branch");
        var (_, page) = await branchUser.GetAsync($"/Meetings/Create?org={branch.Id}&kind=GroupMeeting");
        var fields = Fields(page);
        fields["Form.Topic"] = topic;
        fields["Form.HeldOn"] = Today.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var saved = await branchUser.Client.PostAsync("/Meetings/Create", new FormUrlEncodedContent(fields));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return int.Parse(saved.Headers.Location!.ToString().Split('/').Last().Split('?')[0], CultureInfo.InvariantCulture);
    }

    /// <summary>The values the form would post as it stands: inputs, checked radios/boxes, selected options, textareas.</summary>
    public static Dictionary<string, string> Fields(IHtmlDocument html, string formSelector = "form.edit")
    {
        var form = html.QuerySelector(formSelector) ?? throw new InvalidOperationException($"no {formSelector}");
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>())
        {
            if (input.Type is "radio" or "checkbox" && !input.IsChecked || input.Type == "file")
            {
                continue;
            }

            fields[input.Name!] = input.Value;
        }

        foreach (var select in form.QuerySelectorAll("select[name]").OfType<IHtmlSelectElement>())
        {
            fields[select.Name!] = select.Value ?? "";
        }

        foreach (var area in form.QuerySelectorAll("textarea[name]").OfType<IHtmlTextAreaElement>())
        {
            fields[area.Name!] = area.Value;
        }

        return fields;
    }

    /// <summary>Index of a member's row in the entry form.</summary>
    public static int RowOf(IHtmlDocument html, int memberId) =>
        html.QuerySelectorAll("#attendance tbody tr").Select((tr, i) => (tr, i)).Single(x => x.tr.GetAttribute("data-member") == memberId.ToString()).i;
}
