using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Commitments;

/// <summary>Public commitments of organizations and secretaries, their progress, and the fulfilment rate (履诺率).</summary>
public class IndexModel(AppDbContext db, CommitmentEntry entry, TimeProvider time, IAuthorizationService authorization) : YearlyRecordsPage<IndexModel.CommitmentForm>
{
    public sealed class CommitmentForm
    {
        [Required(ErrorMessage = "请选择党组织")]
        public int? OrganizationId { get; set; }

        [StringLength(40, ErrorMessage = "姓名不能超过40个字")]
        public string? SecretaryName { get; set; }

        [Required(ErrorMessage = "请填写承诺内容")]
        [StringLength(1000, ErrorMessage = "承诺内容不能超过1000个字")]
        public string Content { get; set; } = "";

        [Required(ErrorMessage = "请填写承诺完成时限")]
        public DateOnly? DueOn { get; set; }
    }

    public IReadOnlyList<Commitment> Rows { get; private set; } = [];
    public FulfilmentRate Rate { get; private set; } = new(0, 0);
    public DateOnly Today { get; private set; }
    public bool CanReport { get; private set; }

    /// <summary>The commitment whose fulfilment date was refused (its message shows beside that row's date).</summary>
    public int? RefusedCommitment { get; private set; }

    /// <summary>What was posted for the refused row, shown again so nothing typed is lost.</summary>
    public (string? Progress, string? FulfilledOn) Refused { get; private set; }

    /// <summary>The commitment a link opened (?commitment=N, e.g. from the home page's due lines): its page is shown and its row marked.</summary>
    public int? Focused { get; private set; }

    public async Task OnGetAsync(int? year, int? commitment, [FromQuery(Name = "page")] int? number)
    {
        RequestedPage = number;
        Focused = commitment;
        await LoadAsync(year);
    }

    private CommitmentDraft Draft => new(Form.OrganizationId, Form.SecretaryName, Form.Content, Form.DueOn);

    protected override Task<Dictionary<string, string>> CheckAsync() => entry.CheckAsync(User.OrganizationId(), Draft);

    protected override async Task<(EntryResult Result, string Message, int Year)> SaveAsync() =>
        (await entry.AddAsync(User.OrganizationId(), Draft), "已登记承诺事项。", Form.DueOn!.Value.Year);

    /// <param name="fulfilledOn">兑现日期: today when empty; a past day when a past year's fulfilment is entered afterwards.</param>
    public async Task<IActionResult> OnPostProgressAsync(int commitment, string? progress, bool fulfilled, DateOnly? fulfilledOn)
    {
        if (await db.Commitments.Where(c => c.Id == commitment).Select(c => (int?)c.Year).SingleOrDefaultAsync() is not { } year)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, Policies.ReportLoop)).Succeeded)
        {
            return Forbid();
        }

        var bindingFailed = fulfilled && ModelState.GetFieldValidationState(nameof(fulfilledOn)) == ModelValidationState.Invalid;
        var result = bindingFailed ? null : await entry.ReportAsync(commitment, progress, fulfilled, fulfilledOn);
        if (result is { NotFound: true })
        {
            return NotFound();
        }

        if (result is not { Succeeded: true })
        {
            ModelState.Show(result?.Errors ?? new Dictionary<string, string>(), prefix: "");
            RefusedCommitment = commitment;
            Refused = (progress, Request.Form["fulfilledOn"].ToString());
            await LoadAsync(year);
            return Page();
        }

        TempData["Message"] = fulfilled ? "已标记为已兑现。" : "已更新进展。";
        return RedirectToPage("Index", new { year });
    }

    protected override async Task LoadAsync(int? year)
    {
        Today = time.Today();
        Year = year ?? Today.Year;
        var commitments = db.Commitments.AsNoTracking().Where(c => c.Year == Year);
        var ordered = commitments.Include(c => c.Organization).OrderBy(c => c.Organization!.Path).ThenBy(c => c.DueOn).ThenBy(c => c.Id);
        if (Focused is { } focused && (await ordered.Select(c => c.Id).ToListAsync()).IndexOf(focused) is var at and >= 0)
        {
            RequestedPage = at / Shared.Pager.Size + 1;
        }

        Rows = await PageAsync(ordered);
        var asOf = Year < Today.Year ? new DateOnly(Year, 12, 31) : Today;
        Rate = FulfilmentRate.Of(commitments, asOf);
        CanCreate = (await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded;
        CanReport = (await authorization.AuthorizeAsync(User, Policies.ReportLoop)).Succeeded;
        var own = User.OrganizationId();
        Organizations = CanCreate
            ? await db.Organizations.AsNoTracking().Where(o => o.IsActive && o.Path.Contains("/" + own.ToString() + "/")).OrderBy(o => o.Path).ToListAsync()
            : [];
    }
}
