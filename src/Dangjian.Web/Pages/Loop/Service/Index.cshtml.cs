using System.ComponentModel.DataAnnotations;
using Dangjian.Core.Categories;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Dangjian.Core.Organizations;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Loop.Service;

/// <summary>为民办实事 and 志愿服务 records, counted by kind.</summary>
public class IndexModel(AppDbContext db, ServiceRecordEntry entry, TimeProvider time, IAuthorizationService authorization) : YearlyRecordsPage<IndexModel.ServiceForm>
{
    public sealed class ServiceForm
    {
        [Required(ErrorMessage = "请选择党组织")]
        public int? OrganizationId { get; set; }

        public ServiceKind Kind { get; set; }

        /// <summary>The county's own category (扶助学生, 慰问老人…), if any.</summary>
        public int? TagId { get; set; }

        [Required(ErrorMessage = "请填写日期")]
        [FactDate("日期")]
        public DateOnly? HeldOn { get; set; }

        [Required(ErrorMessage = "请填写事项")]
        [StringLength(200, ErrorMessage = "事项不能超过200个字")]
        public string Title { get; set; } = "";

        [StringLength(100, ErrorMessage = "服务队名称不能超过100个字")]
        public string? Team { get; set; }

        [Range(0, 100000, ErrorMessage = "人数应在0到100000之间")]
        public int People { get; set; }
    }

    public sealed record KindCount(ServiceKind Kind, int Records, int People);

    public IReadOnlyList<ServiceRecord> Rows { get; private set; } = [];
    public IReadOnlyList<KindCount> Counts { get; private set; } = [];
    public int Teams { get; private set; }

    public async Task OnGetAsync(int? year, [FromQuery(Name = "page")] int? number)
    {
        RequestedPage = number;
        await LoadAsync(year);
        Form.HeldOn = time.Today();
    }

    public IReadOnlyList<RecordTag> Tags { get; private set; } = [];

    private ServiceRecordDraft Draft => new(Form.OrganizationId, Form.Kind, Form.TagId, Form.HeldOn, Form.Title, Form.Team, Form.People);

    protected override Task<Dictionary<string, string>> CheckAsync() => entry.CheckAsync(User.OrganizationId(), Draft);

    protected override async Task<(EntryResult Result, string Message, int Year)> SaveAsync() =>
        (await entry.AddAsync(User.OrganizationId(), Draft), "已登记。", Form.HeldOn!.Value.Year);

    protected override async Task LoadAsync(int? year)
    {
        Year = year ?? time.Today().Year;
        var records = db.ServiceRecords.AsNoTracking().Where(r => r.HeldOn.Year == Year);
        Tags = await VisibleTags.LoadAsync(db, RecordFamily.Service);
        Rows = await PageAsync(records.Include(r => r.Organization).Include(r => r.Tag).ThenInclude(t => t!.Parent).OrderByDescending(r => r.HeldOn).ThenBy(r => r.Id));
        Teams = await records.Where(r => r.Team != null).Select(r => r.Team).Distinct().CountAsync();
        Counts = await records.GroupBy(r => r.Kind).Select(g => new KindCount(g.Key, g.Count(), g.Sum(r => r.People))).ToListAsync();
        CanCreate = (await authorization.AuthorizeAsync(User, Policies.ReportLoop)).Succeeded;
        var own = User.OrganizationId();
        Organizations = CanCreate
            ? await db.Organizations.AsNoTracking().Where(o => o.IsActive && o.Path.Contains("/" + own.ToString() + "/")).OrderBy(o => o.Path).ToListAsync()
            : [];
    }
}
