using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members.Import;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dangjian.Web.Pages.Members.Import;

/// <summary>Step 1 of the roster import: upload. The file is checked (size, type, content, zip bomb) and kept under the data folder.</summary>
[Authorize(Policy = Policies.EditMembers)]
public class IndexModel(AppDbContext db, UploadStore uploads, IOptions<ImportOptions> options) : PageModel
{
    public IReadOnlyList<OrgChoice> Orgs { get; private set; } = [];

    [BindProperty]
    public int Org { get; set; }

    [BindProperty]
    public IFormFile? Roster { get; set; }

    /// <summary>Why the file was refused, shown beside the upload input.</summary>
    public string? Problem { get; private set; }

    public string? OrgProblem { get; private set; }

    public long MaxBytes => options.Value.MaxUploadBytes;

    public async Task<IActionResult> OnGetAsync(int? org, bool tooLarge = false)
    {
        Orgs = await OrgsAsync();
        if (org is { } asked && Orgs.All(x => x.Id != asked))
        {
            return NotFound();
        }

        Org = org ?? User.OrganizationId();
        if (tooLarge)
        {
            Problem = RosterFile.TooLarge(MaxBytes);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Orgs = await OrgsAsync();
        var org = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == Org && o.IsActive);
        if (org is null)
        {
            OrgProblem = "请选择导入到哪个党组织。";
            return Page();
        }

        if (Roster is null || Roster.Length == 0)
        {
            Problem = Roster is null ? "请选择要上传的名册文件。" : "上传的文件是空的。";
            return Page();
        }

        if (Roster.Length > MaxBytes)
        {
            Problem = RosterFile.TooLarge(MaxBytes);
            return Page();
        }

        // Checked in memory (at most the upload limit): a rejected file never reaches the disk, an accepted one only encrypted.
        using var content = new MemoryStream();
        await Roster.CopyToAsync(content, HttpContext.RequestAborted);
        Problem = RosterFile.Check(content, Roster.FileName, options.Value, out var format)
            ?? RosterProbe.Read(new MemoryStream(content.GetBuffer(), 0, (int)content.Length, writable: false), format);
        if (Problem is not null)
        {
            return Page();
        }

        content.Position = 0;
        var userId = int.Parse(User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value, System.Globalization.CultureInfo.InvariantCulture);
        var token = await uploads.SaveAsync(content, format, Roster.FileName, userId, org.Id, HttpContext.RequestAborted);
        return RedirectToPage("Map", new { file = token });
    }

    private async Task<IReadOnlyList<OrgChoice>> OrgsAsync() =>
        await db.Organizations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Path).Select(o => new OrgChoice(o.Id, o.Name)).ToListAsync();
}
