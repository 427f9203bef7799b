using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Cadres;

/// <summary>A term as offered in lists: its name, with the township's when the user can see it.</summary>
public sealed record TermOption(int Id, int TownshipId, string Label);

/// <summary>Terms and villages the signed-in user can choose from (the scope filters decide which).</summary>
public static class CadreChoices
{
    public static async Task<IReadOnlyList<TermOption>> TermsAsync(AppDbContext db)
    {
        var terms = await db.ElectionTerms.AsNoTracking().OrderByDescending(t => t.ElectedOn).ThenBy(t => t.Id).ToListAsync();
        var ids = terms.Select(t => t.OrganizationId).Distinct().ToList();
        var townships = await db.Organizations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name);
        var several = ids.Count > 1;
        return terms.Select(t => new TermOption(t.Id, t.OrganizationId,
            several && townships.TryGetValue(t.OrganizationId, out var name) ? $"{name} {t.Name}" : t.Name)).ToList();
    }

    /// <summary>Villages and communities (the organizations with "two committees").</summary>
    public static async Task<IReadOnlyList<Organization>> VillagesAsync(AppDbContext db) => await CadreVillages.Of(db).OrderBy(o => o.Path).ToListAsync();

    /// <summary>Party posts in report order (enums are stored as text, so SQL cannot order them).</summary>
    public static int Rank(Cadre c) => c.PartyPost is { } p ? (int)p : c.VillagePost is { } v ? 10 + (int)v : 20;

    public static string? Error(this ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
