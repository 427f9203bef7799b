using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dangjian.Web.Pages.Cadres;

[Authorize(Policy = Policies.EditCadres)]
public class CreateModel(AppDbContext db, CadreEntry entry) : CadreEditorModel(db, entry)
{
    public async Task OnGetAsync(int? term, int? village)
    {
        await LoadChoicesAsync();
        Form = new CadreForm { TermId = term ?? Terms.FirstOrDefault()?.Id, OrganizationId = village };
    }

    public Task<IActionResult> OnPostAsync() => SaveAsync(null, $"已新增村“两委”成员{Form.Name.Trim()}。");
}
