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
            page.ModelState.Show(await check(), prefix);
            return null;
        }

        var result = await save();
        page.ModelState.Show(result.Errors, prefix);
        return result;
    }
}
