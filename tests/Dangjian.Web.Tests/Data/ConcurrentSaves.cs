using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Dangjian.Web.Tests.Infrastructure;
using Shouldly;

namespace Dangjian.Web.Tests.Data;

/// <summary>
/// The concurrency drill: 30 saves of one record, all from the same version, posted at once from several signed-in
/// sessions, each changing one field to a value of its own. Every session loads the edit form as a person would, so
/// each post carries the form's other fields unchanged, its own antiforgery token and the version it showed.
/// </summary>
internal static class ConcurrentSaves
{
    public const int Saves = 30;
    private const int Sessions = 5;

    public sealed record Reply(int Save, HttpStatusCode Status, string? Location, string Text);

    /// <param name="formPage">The page showing the edit form.</param>
    /// <param name="form">Picks the edit form among the page's forms.</param>
    /// <param name="change">Sets save i's own value in the form's fields.</param>
    public static async Task<IReadOnlyList<Reply>> RaceAsync(AppFactory app, string user, string formPage,
        Func<IHtmlFormElement, bool> form, Action<int, FormFields> change)
    {
        var sessions = new List<(Browser Browser, string Action, FormFields Fields)>();
        for (var s = 0; s < Sessions; s++)
        {
            var browser = await Browser.LoginAsync(app, user);
            var (status, html) = await browser.GetAsync(formPage);
            status.ShouldBe(HttpStatusCode.OK, formPage);
            var edit = html.Forms.Single(form);
            // as a click on the form's first button: its formaction, else the form's action, else the page itself
            var button = edit.QuerySelector("button:not([type]), button[type=submit], input[type=submit]");
            var action = new[] { button?.GetAttribute("formaction"), edit.GetAttribute("action"), formPage }.First(a => !string.IsNullOrEmpty(a))!;
            sessions.Add((browser, action, FieldsOf(edit)));
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var saves = Enumerable.Range(0, Saves).Select(async i =>
        {
            var (browser, action, fields) = sessions[i % Sessions];
            var mine = new FormFields(fields);
            change(i, mine);
            await start.Task;
            var response = await browser.Client.PostAsync(action, new FormUrlEncodedContent(mine));
            return new Reply(i, response.StatusCode, response.Headers.Location?.ToString(), await response.Content.ReadAsStringAsync());
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(saves);
    }

    /// <summary>
    /// Exactly one save won (a redirect, as after every successful save), every other one was answered on the form
    /// with a Chinese conflict message (one of <paramref name="conflicts"/>), none with a server error; returns the winner.
    /// </summary>
    public static int ShouldHaveOneWinner(this IReadOnlyList<Reply> replies, params string[] conflicts)
    {
        replies.ShouldNotContain(r => (int)r.Status >= 500, Summary(replies));
        var winners = replies.Where(r => r.Status == HttpStatusCode.Redirect).ToList();
        winners.Count.ShouldBe(1, $"{Summary(replies)}; save 0: {Messages(replies[0].Text)}");
        var other = replies.FirstOrDefault(r => r != winners[0] && !(r.Status == HttpStatusCode.OK && conflicts.Any(c => r.Text.Contains(c, StringComparison.Ordinal))));
        other.ShouldBeNull(other is null ? null : $"{Summary(replies)}; save {other.Save}: {(int)other.Status} {Messages(other.Text)}");
        return winners[0].Save;
    }

    private static string Messages(string html) =>
        string.Join(" | ", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html)
            .QuerySelectorAll(".error, .validation-summary-errors, #errors, .field-validation-error").Select(e => e.TextContent.Trim()));

    private static string Summary(IReadOnlyList<Reply> replies) =>
        string.Join(", ", replies.GroupBy(r => r.Status).Select(g => $"{(int)g.Key}×{g.Count()}"));

    /// <summary>What a browser would submit for the form as shown (submit buttons and files left out).</summary>
    internal static FormFields FieldsOf(IHtmlFormElement form)
    {
        var fields = new FormFields();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "submit" or "button" or "file" or "reset":
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement { IsMultiple: true } many:
                    // a browser sends only the chosen options of a list box, and nothing when none is chosen
                    fields.AddRange(many.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
                case IHtmlSelectElement select:
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault();
                    fields.Add(new(name, option?.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }

        return fields;
    }
}

/// <summary>A form's fields in document order (a name may repeat, as with check boxes).</summary>
internal sealed class FormFields : List<KeyValuePair<string, string>>
{
    public FormFields()
    {
    }

    public FormFields(IEnumerable<KeyValuePair<string, string>> fields)
        : base(fields)
    {
    }

    /// <summary>Replaces every value of the field (or adds it).</summary>
    public void Set(string name, string value)
    {
        RemoveAll(f => f.Key == name);
        Add(new(name, value));
    }

    public string this[string name] => this.First(f => f.Key == name).Value;
}
