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

namespace Dangjian.Web.Pages.Loop.Accountability;

public class IndexModel(AppDbContext db, AccountabilityCaseEntry entry, TimeProvider time, IAuthorizationService authorization) : YearlyRecordsPage<IndexModel.CaseForm>
{
    public sealed class CaseForm
    {
        [Required(ErrorMessage = "请填写决定日期")]
        [FactDate("决定日期")]
        public DateOnly? DecidedOn { get; set; }

        [Required(ErrorMessage = "请填写被问责人")]
        [StringLength(40, ErrorMessage = "姓名不能超过40个字")]
        public string PersonName { get; set; } = "";

        [Required(ErrorMessage = "请填写问责方式")]
        [StringLength(100, ErrorMessage = "问责方式不能超过100个字")]
        public string Measure { get; set; } = "";

        [Required(ErrorMessage = "请填写问责事由")]
        [StringLength(1000, ErrorMessage = "问责事由不能超过1000个字")]
        public string Reason { get; set; } = "";
    }

    public IReadOnlyList<AccountabilityCase> Rows { get; private set; } = [];

    public async Task OnGetAsync(int? year, [FromQuery(Name = "page")] int? number)
    {
        RequestedPage = number;
        await LoadAsync(year);
        Form.DecidedOn = time.Today();
    }

    protected override async Task<(EntryResult Result, string Message, int Year)> SaveAsync() =>
        (await entry.AddAsync(User.OrganizationId(), new AccountabilityCaseDraft(Form.DecidedOn!.Value, Form.PersonName, Form.Measure, Form.Reason)),
            "已登记问责。", Form.DecidedOn!.Value.Year);

    protected override async Task LoadAsync(int? year)
    {
        Year = year ?? time.Today().Year;
        Rows = await PageAsync(db.AccountabilityCases.AsNoTracking().Where(c => c.DecidedOn.Year == Year).OrderByDescending(c => c.DecidedOn).ThenBy(c => c.Id));
        CanCreate = (await authorization.AuthorizeAsync(User, Policies.EditLoop)).Succeeded;
    }
}
