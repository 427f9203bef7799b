using Dangjian.Core.Data;
using Dangjian.Core.Operations;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Reports.Highlights;

/// <summary>
/// Keeps a township's campaign names and slogans per year (<see cref="Campaign"/>). The township is looked up through the
/// scoped set; errors are Chinese, keyed by field (Name, Year, Version); nothing is saved on error.
/// </summary>
public sealed class CampaignEntry(AppDbContext db) : IOperation
{
    public const int MaxName = 40;

    public Task<List<Campaign>> ListAsync(int townshipId, int year, CancellationToken ct = default) =>
        db.Campaigns.AsNoTracking().Where(c => c.OrganizationId == townshipId && c.Year == year)
            .OrderBy(c => c.Kind).ThenBy(c => c.Position).ThenBy(c => c.Id).ToListAsync(ct);

    /// <summary>The add form's checks: the year, the kind, the name among the year's.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(int townshipId, int year, CampaignKind kind, string? name, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (year is < 2000 or > 2100)
        {
            errors["Year"] = "请填写正确的年度。";
        }

        if (!Enum.IsDefined(kind))
        {
            errors["Kind"] = "请选择是活动名称还是口号。";
        }

        await CheckNameAsync(errors, townshipId, year, name, null, ct);
        return errors;
    }

    public async Task<EntryResult> AddAsync(int townshipId, int year, CampaignKind kind, string? name, CancellationToken ct = default)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == townshipId, ct))
        {
            return EntryResult.Missing;
        }

        if (await CheckAsync(townshipId, year, kind, name, ct) is { Count: > 0 } errors)
        {
            return EntryResult.Refused(errors);
        }

        var position = await db.Campaigns.Where(c => c.OrganizationId == townshipId && c.Year == year && c.Kind == kind).MaxAsync(c => (int?)c.Position, ct) ?? 0;
        var row = new Campaign { OrganizationId = townshipId, Year = year, Kind = kind, Name = Clean(name), Position = position + 1 };
        db.Campaigns.Add(row);
        return await SaveAsync(row, ct);
    }

    public async Task<EntryResult> RenameAsync(int id, string? name, int version, CancellationToken ct = default)
    {
        var row = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (row is null)
        {
            return EntryResult.Missing;
        }

        var errors = new Dictionary<string, string>();
        var clean = await CheckNameAsync(errors, row.OrganizationId, row.Year, name, row.Id, ct);
        if (row.Version != version)
        {
            errors["Version"] = "这一条已被他人修改，请刷新后再改。";
        }

        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        row.Name = clean!;
        return await SaveAsync(row, ct);
    }

    public async Task<EntryResult> RemoveAsync(int id, int version, CancellationToken ct = default)
    {
        var row = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (row is null)
        {
            return EntryResult.Missing;
        }

        if (row.Version != version)
        {
            return EntryResult.Refused("Version", "这一条已被他人修改，请刷新后再删除。");
        }

        db.Campaigns.Remove(row);
        return await SaveAsync(row, ct);
    }

    /// <summary>The name without surrounding quotes (the report adds them), checked for length and duplicates of the year.</summary>
    private async Task<string?> CheckNameAsync(Dictionary<string, string> errors, int townshipId, int year, string? name, int? self, CancellationToken ct)
    {
        var clean = Clean(name);
        if (clean.Length == 0)
        {
            errors["Name"] = "请填写名称。";
        }
        else if (clean.Length > MaxName)
        {
            errors["Name"] = $"名称不能超过{MaxName}个字。";
        }
        else if (clean.IndexOfAny(['{', '}', '\n', '\r']) >= 0)
        {
            errors["Name"] = "名称不能含有换行或花括号。";
        }
        else if (await db.Campaigns.AnyAsync(c => c.OrganizationId == townshipId && c.Year == year && c.Name == clean && c.Id != self, ct))
        {
            errors["Name"] = $"{year}年已有“{clean}”。";
        }

        return clean;
    }

    private static string Clean(string? name) => (name ?? "").Trim().Trim('“', '”', '"', '「', '」', ' ');

    private Task<EntryResult> SaveAsync(Campaign row, CancellationToken ct) =>
        db.SaveOrStaleAsync(() => row.Id, "Version", "这一条已被他人修改，请刷新后再操作。", ct);
}
