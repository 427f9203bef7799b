using Dangjian.Core.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Infrastructure;

/// <summary>Shows a Core entry operation's messages beside the form's fields ("Form.X"); "" stays the form's own message.</summary>
public static class EntryErrors
{
    public static void Show(this ModelStateDictionary state, IReadOnlyDictionary<string, string> errors, string prefix = "Form.")
    {
        foreach (var (field, message) in errors)
        {
            state.AddModelError(field.Length == 0 ? "" : prefix + field, message);
        }
    }

    /// <summary>The active organizations in the user's scope, in tree order, for a form's choice of organization.</summary>
    public static async Task<IReadOnlyList<(int Id, string Name)>> OrganizationChoicesAsync(AppDbContext db) =>
        (await db.Organizations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Path).Select(o => new { o.Id, o.Name }).ToListAsync())
            .Select(o => (o.Id, o.Name)).ToList();
}
