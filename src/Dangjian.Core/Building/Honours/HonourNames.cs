using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Building.Honours;

/// <summary>
/// The county's list of honour and title names as the forms offer it (<see cref="HonourNameEntry"/> changes it), and the
/// lengths its names and units keep to.
/// </summary>
public sealed class HonourNames(AppDbContext db)
{
    public const int NameMax = 60;
    public const int UnitMax = 10;

    /// <summary>The names a user may choose from, in the county's order (retired ones last).</summary>
    public async Task<IReadOnlyList<HonourName>> VisibleAsync(CancellationToken ct = default) =>
        await db.HonourNames.AsNoTracking().OrderBy(n => n.Retired).ThenBy(n => n.Target).ThenBy(n => n.SortOrder).ThenBy(n => n.Id).ToListAsync(ct);

    /// <summary>The honour names (collective and individual), without the demonstration-title names.</summary>
    public async Task<IReadOnlyList<HonourName>> HonoursAsync(CancellationToken ct = default) =>
        [.. (await VisibleAsync(ct)).Where(n => n.Target != HonourTarget.Title)];

    /// <summary>The demonstration-title names, in use ones first.</summary>
    public async Task<IReadOnlyList<HonourName>> TitlesAsync(CancellationToken ct = default) =>
        [.. (await VisibleAsync(ct)).Where(n => n.Target == HonourTarget.Title)];

    /// <summary>What a name is used for, in Chinese (集体表彰, 个人表彰, 示范称号).</summary>
    public static string TargetName(HonourTarget target) => target switch
    {
        HonourTarget.Organization => "集体表彰",
        HonourTarget.Individual => "个人表彰",
        _ => "示范称号",
    };
}
