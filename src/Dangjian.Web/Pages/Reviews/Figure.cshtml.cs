using Dangjian.Core.Data;
using Dangjian.Core.Indicators;
using Dangjian.Core.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dangjian.Web.Pages.Reviews;

/// <summary>
/// One figure of a participant in the review's year — from its report or the plan's indicators —: the value computed
/// from the records now and the records behind it, as seen from the participant's county (its own indicators included).
/// </summary>
public class FigureModel(AppDbContext db, ReviewService service, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Indicator { get; set; }

    /// <summary>Page of the records (50 a page).</summary>
    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public ReviewParticipant Participant { get; private set; } = null!;
    public bool Shown { get; private set; }
    public IndicatorValue? Value { get; private set; }
    public Dangjian.Web.Pages.Reports.FigureRecords RecordPage { get; private set; } = new([], 1, "");

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var participant = await service.ParticipantAsync(id);
        if (participant is null)
        {
            return NotFound();
        }

        Participant = participant;
        Shown = (await ReviewAccess.ForAsync(db, authorization, User, participant.Plan!)).SeesResults(participant.Plan!);
        var indicators = await service.IndicatorsAsync(participant.Organization!);
        if (Indicator is not null && indicators.Catalog.Find(Indicator) is null)
        {
            return NotFound();
        }

        if (Shown && Indicator is not null)
        {
            Value = await indicators.ComputeAsync(Indicator, participant.Organization!, participant.Plan!.Year);
            RecordPage = new(await indicators.RecordsAsync(Indicator, participant.Organization!, participant.Plan.Year), P,
                $"/Reviews/Figure/{id}?indicator={Uri.EscapeDataString(Indicator)}&p=");
        }

        return Page();
    }
}
