using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Loop.Notices;

/// <summary>What the create and edit pages share: the organizations a notice may go to and the error mapping.</summary>
public abstract class NoticeEditorModel(NoticeEntry entry) : PageModel
{
    [BindProperty]
    public NoticeForm Form { get; set; } = new();

    public IReadOnlyList<Organization> Recipients { get; private set; } = [];

    protected NoticeEntry Entry => entry;

    protected async Task LoadChoicesAsync(Organization issuer) => Recipients = await entry.RecipientsAsync(issuer);

    protected IActionResult Refused(IReadOnlyDictionary<string, string> errors)
    {
        ModelState.Clear();
        ModelState.Show(errors);

        return Page();
    }
}
