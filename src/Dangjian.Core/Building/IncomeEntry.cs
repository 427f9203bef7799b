using Dangjian.Core.Operations;
using System.Globalization;
using Dangjian.Core.Data;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Guidance;
using Dangjian.Core.Loop.Contacts;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Building;

/// <summary>A village's collective-economy income as typed on the income page (strings as posted).</summary>
public sealed record IncomeDraft(int? OrganizationId, string? Year, string? AmountWan);

/// <summary>
/// Records (or corrects) a village's collective-economy income for a year, in 万元: one value per village and year, the village
/// looked up through the scoped context. Errors are keyed by <see cref="IncomeDraft"/> property names.
/// </summary>
public sealed class IncomeEntry(AppDbContext db, TimeProvider clock) : IOperation
{
    public async Task<EntryResult> SaveAsync(IncomeDraft d, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var village = d.OrganizationId is { } id ? await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.IsActive, ct) : null;
        if (village is null)
        {
            errors[nameof(d.OrganizationId)] = d.OrganizationId is null ? "请选择村。" : "找不到该村党组织，或无权为其登记。";
        }
        else if (village.Sector != OrgSector.Village)
        {
            errors[nameof(d.OrganizationId)] = $"{village.Name}不是村党组织，村集体经济收入只登记到村。";
        }

        var year = BuildingYears.Parse(d.Year, "年度", clock.Today(), errors, nameof(d.Year));
        var text = d.AmountWan?.Trim();
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount.Scale > 4)
        {
            errors[nameof(d.AmountWan)] = "请填写收入（万元，不小于0，最多4位小数），如 12.5。";
        }

        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        var row = await db.CollectiveIncomes.FirstOrDefaultAsync(i => i.OrganizationId == village!.Id && i.Year == year, ct);
        if (row is null)
        {
            row = new CollectiveIncome { OrganizationId = village!.Id, Year = year!.Value };
            db.CollectiveIncomes.Add(row);
        }

        row.AmountWan = (double)amount;
        await db.SaveChangesAsync(ct);
        return EntryResult.Saved(row.Id);
    }
}
