using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Commitments;
using Dangjian.Core.Data;
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
public class IndexModel(AppDbContext db, TimeProvider time, IAuthorizationService authorization) : YearlyRecordsPage<IndexModel.CommitmentForm>
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

    protected override void Validate() => RequireListedOrganization(Form.OrganizationId, "请选择本级或本级以下的党组织");

    protected override async Task<(string Message, int Year)> SaveAsync()
    {
        db.Commitments.Add(new Commitment
        {
            OrganizationId = Form.OrganizationId!.Value, Year = Form.DueOn!.Value.Year, SecretaryName = LoopChoices.Trimmed(Form.SecretaryName),
            Content = Form.Content.Trim(), DueOn = Form.DueOn.Value,
        });
        await db.SaveChangesAsync();
        return ("已登记承诺事项。", Form.DueOn.Value.Year);
    }

    /// <param name="fulfilledOn">兑现日期: today when empty; a past day when a past year's fulfilment is entered afterwards.</param>
    public async Task<IActionResult> OnPostProgressAsync(int commitment, string? progress, bool fulfilled, DateOnly? fulfilledOn)
    {
        var row = await db.Commitments.SingleOrDefaultAsync(c => c.Id == commitment);
        if (row is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, Policies.ReportLoop)).Succeeded)
        {
            return Forbid();
        }

        var on = fulfilledOn ?? time.Today();
        if (fulfilled && (FactDates.Problem("兑现日期", on, time.Today()) ?? StartProblem(row, on)) is { } wrong)
        {
            ModelState.AddModelError(nameof(fulfilledOn), wrong);
        }

        if (fulfilled && ModelState.GetFieldValidationState(nameof(fulfilledOn)) == ModelValidationState.Invalid)
        {
            RefusedCommitment = row.Id;
            Refused = (progress, Request.Form["fulfilledOn"].ToString());
            await LoadAsync(row.Year);
            return Page();
        }

        row.Progress = LoopChoices.Trimmed(progress) is { Length: <= 4000 } p ? p : row.Progress;
        row.FulfilledOn = fulfilled ? row.FulfilledOn ?? on : null;
        await db.SaveChangesAsync();
        TempData["Message"] = fulfilled ? "已标记为已兑现。" : "已更新进展。";
        return RedirectToPage("Index", new { year = row.Year });
    }

    /// <summary>A commitment of a year is kept no earlier than that year began (it was made for the year).</summary>
    private static string? StartProblem(Commitment row, DateOnly on) =>
        on.Year < row.Year ? $"兑现日期不能早于承诺年度（{row.Year}年）。" : null;

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
