using Dangjian.Core.Cadres;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Cadres;

/// <summary>What the create and edit pages share: the form, its choices, and the checks that need the database.</summary>
public abstract class CadreEditorModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public CadreForm Form { get; set; } = new();

    public IReadOnlyList<TermOption> Terms { get; private set; } = [];
    public IReadOnlyList<Organization> Villages { get; private set; } = [];

    protected AppDbContext Db => db;

    protected async Task LoadChoicesAsync()
    {
        Terms = await CadreChoices.TermsAsync(db);
        Villages = await CadreChoices.VillagesAsync(db);
    }

    /// <summary>Checks that need the term: the village lies in its township, and the age at election is plausible.</summary>
    protected async Task CheckAsync()
    {
        if (Form.TermId is not { } termId || Form.OrganizationId is not { } villageId)
        {
            return;
        }

        if (!Villages.Any(v => v.Id == villageId) || !await CadreChoices.BelongsAsync(db, villageId, termId))
        {
            ModelState.AddModelError("Form.OrganizationId", "所选村（社区）不属于该届次的乡镇");
        }

        var term = await db.ElectionTerms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == termId);
        if (term is not null && Form.BirthDate is { } birth && ElectionAge.At(birth, term.ElectedOn) is < 18 or > 80)
        {
            ModelState.AddModelError("Form.BirthDate", "按出生日期计算，换届时年龄应在18至80周岁之间");
        }
    }
}
