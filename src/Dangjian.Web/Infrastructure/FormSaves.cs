using Dangjian.Core.Operations;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Infrastructure;

/// <summary>How an entry page saves: a form the binder refused also shows the operation's database checks; otherwise the operation saves.</summary>
public static class FormSaves
{
    /// <returns>The operation's answer, or null when the form was refused before it ran (its messages are shown).</returns>
    public static async Task<EntryResult?> SaveAsync(this PageModel page, Func<Task<Dictionary<string, string>>> check, Func<Task<EntryResult>> save,
        string prefix = "Form.")
    {
        if (!page.ModelState.IsValid)
        {
            // a field the binder refused keeps its own message (a date it could not read is not also "missing")
            var checks = (await check()).Where(e => page.ModelState[e.Key.Length == 0 ? "" : prefix + e.Key] is not { Errors.Count: > 0 });
            page.ModelState.Show(checks.ToDictionary(), prefix);
            return null;
        }

        var result = await save();
        page.ModelState.Show(result.Errors, prefix);
        return result;
    }
}
