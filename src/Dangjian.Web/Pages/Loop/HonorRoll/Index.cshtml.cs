using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.HonorRoll;

public class IndexModel(AppDbContext db, HonorRollListing listing, TimeProvider time, IAuthorizationService authorization) : YearlyRecordsPage<IndexModel.EntryForm>
{
    public sealed class EntryForm
    {
        [Required(ErrorMessage = "请选择党组织")]
        public int? OrganizationId { get; set; }

        public Core.Loop.HonorRoll.HonorRollColour Roll { get; set; }

        /// <summary>The year the list was published for (a past one when entered afterwards); the shown year when empty.</summary>
        public int? Year { get; set; }

        [Required(ErrorMessage = "请填写期间")]
        [StringLength(40, ErrorMessage = "期间不能超过40个字")]
        public string Period { get; set; } = "";

        [Required(ErrorMessage = "请填写上榜理由")]
        [StringLength(1000, ErrorMessage = "理由不能超过1000个字")]
        public string Reason { get; set; } = "";
    }

    public IReadOnlyList<HonorRollEntry> Rows { get; private set; } = [];
    public int Red { get; private set; }
    public int Black { get; private set; }

    public async Task OnGetAsync(int? year, [FromQuery(Name = "page")] int? number)
    {
        RequestedPage = number;
        await LoadAsync(year);
        Form.Year = Year;
    }

    private HonorRollDraft Draft => new(Form.OrganizationId, Form.Roll, Form.Year ?? Year, Form.Period, Form.Reason);

    protected override Task<Dictionary<string, string>> CheckAsync() => listing.CheckAsync(User.OrganizationId(), Draft);

    protected override async Task<(EntryResult Result, string Message, int Year)> SaveAsync()
    {
        Form.Year ??= Year;
        return (await listing.AddAsync(User.OrganizationId(), Draft), "已登记红黑榜。", Form.Year.Value);
    }

    protected override async Task LoadAsync(int? year)
    {
        Year = year ?? time.Today().Year;
        Rows = await PageAsync(db.HonorRollEntries.AsNoTracking().Include(h => h.Organization).Where(h => h.Year == Year)
            .OrderBy(h => h.Period).ThenBy(h => h.Roll).ThenBy(h => h.Organization!.Path).ThenBy(h => h.Id));
        Red = await db.HonorRollEntries.CountAsync(h => h.Year == Year && h.Roll == Dangjian.Core.Loop.HonorRoll.HonorRollColour.Red);
        Black = await db.HonorRollEntries.CountAsync(h => h.Year == Year && h.Roll == Dangjian.Core.Loop.HonorRoll.HonorRollColour.Black);
        CanCreate = (await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded;
        Organizations = CanCreate ? await LoopChoices.BelowAsync(db, User) : [];
    }
}
