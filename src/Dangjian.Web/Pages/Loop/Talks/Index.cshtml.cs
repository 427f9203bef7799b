using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Talks;

public class IndexModel(AppDbContext db, TalkEntry entry, TimeProvider time, IAuthorizationService authorization) : YearlyRecordsPage<IndexModel.TalkForm>
{
    public sealed class TalkForm
    {
        [Required(ErrorMessage = "请填写约谈日期")]
        [FactDate("约谈日期")]
        public DateOnly? HeldOn { get; set; }

        [Required(ErrorMessage = "请填写约谈人")]
        [StringLength(100, ErrorMessage = "约谈人不能超过100个字")]
        public string Talker { get; set; } = "";

        [Required(ErrorMessage = "请填写约谈对象")]
        [StringLength(1000, ErrorMessage = "约谈对象不能超过1000个字")]
        public string Targets { get; set; } = "";

        public TalkTarget TargetKind { get; set; }

        [Required(ErrorMessage = "请填写约谈事由")]
        [StringLength(1000, ErrorMessage = "约谈事由不能超过1000个字")]
        public string Reason { get; set; } = "";

        [StringLength(1000, ErrorMessage = "跟踪落实情况不能超过1000个字")]
        public string? FollowUp { get; set; }
    }

    public sealed record KindCount(TalkTarget Kind, int Talks, int People);

    public IReadOnlyList<Talk> Rows { get; private set; } = [];
    public IReadOnlyList<KindCount> Counts { get; private set; } = [];

    public async Task OnGetAsync(int? year, [FromQuery(Name = "page")] int? number)
    {
        RequestedPage = number;
        await LoadAsync(year);
        Form.HeldOn = time.Today();
    }

    protected override async Task<(EntryResult Result, string Message, int Year)> SaveAsync() =>
        (await entry.AddAsync(User.OrganizationId(), new TalkDraft(Form.HeldOn!.Value, Form.Talker, Form.Targets, Form.TargetKind, Form.Reason, Form.FollowUp)),
            $"已登记约谈{Talk.CountPeople(Form.Targets)}人次。", Form.HeldOn!.Value.Year);

    protected override async Task LoadAsync(int? year)
    {
        Year = year ?? time.Today().Year;
        var talks = db.Talks.AsNoTracking().Where(t => t.HeldOn.Year == Year);
        Rows = await PageAsync(talks.OrderByDescending(t => t.HeldOn).ThenBy(t => t.Id));
        Counts = await talks.GroupBy(t => t.TargetKind).Select(g => new KindCount(g.Key, g.Count(), g.Sum(t => t.People))).ToListAsync();
        CanCreate = (await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded;
    }
}
