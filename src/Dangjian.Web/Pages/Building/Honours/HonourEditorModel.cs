using Dangjian.Core.Data;
using Dangjian.Core.Building.Honours;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Building.Honours;

/// <summary>What the create and edit pages share: the choices (organizations, the county's names, the organization's members) and the error mapping.</summary>
public abstract class HonourEditorModel(AppDbContext db, HonourNames names) : PageModel
{
    [BindProperty]
    public HonourForm Form { get; set; } = new();

    public IReadOnlyList<Organization> Orgs { get; private set; } = [];
    public IReadOnlyList<HonourName> Names { get; private set; } = [];

    /// <summary>Active members of the chosen organization, to link an individual honour to its member record.</summary>
    public IReadOnlyList<Member> Members { get; private set; } = [];

    protected AppDbContext Db => db;

    protected async Task LoadChoicesAsync()
    {
        Orgs = await db.Organizations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Path).ToListAsync();
        Names = await names.HonoursAsync();
        var org = Form.OrganizationId;
        Members = org is null ? [] : await db.Members.AsNoTracking().Where(m => m.OrganizationId == org && m.State == MemberState.Active)
            .OrderBy(m => m.NamePinyin).Take(500).ToListAsync();
    }

    /// <summary>Shows the operation's errors beside their fields; the form is shown again with nothing saved.</summary>
    protected IActionResult Refused(IReadOnlyDictionary<string, string> errors)
    {
        ModelState.Clear();
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field.Length == 0 ? field : $"Form.{field}", message);
        }

        return Page();
    }
}
