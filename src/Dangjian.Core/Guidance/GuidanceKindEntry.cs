using Dangjian.Core.Operations;
using System.Text.RegularExpressions;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Dangjian.Core.Building.Projects;
using Dangjian.Core.Loop.Contacts;

namespace Dangjian.Core.Guidance;

public sealed record GuidanceKindDraft(GuidanceFamily? Family, string? Code, string? Name, int SortOrder = 0, int Version = 0);

/// <summary>
/// A county adds or renames its own contact-point and project kinds, always under its county committee. A code the
/// defaults use replaces that default in the county's forms; records keep their kind, and indicators select by code.
/// </summary>
public sealed partial class GuidanceKindEntry(AppDbContext db) : IOperation
{
    public const int CodeMax = 40;
    public const int NameMax = 60;

    public async Task<EntryResult> SaveAsync(int countyId, int? id, GuidanceKindDraft d, CancellationToken ct = default)
    {
        var county = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == countyId && o.Level == OrgLevel.CountyCommittee, ct);
        GuidanceKind? row = null;
        if (county is null || (id is { } existing && (row = await db.GuidanceKinds.SingleOrDefaultAsync(k => k.Id == existing && k.OrganizationId == countyId, ct)) is null))
        {
            return EntryResult.Missing;
        }

        var errors = new Dictionary<string, string>();
        var family = row?.Family ?? d.Family;
        if (family is not { } f || !Enum.IsDefined(f))
        {
            errors[nameof(d.Family)] = "请选择是联系点类别还是项目类别";
        }

        var code = row?.Code ?? EntryChecks.Text(errors, nameof(d.Code), d.Code, "编码", CodeMax);
        if (row is null && code is not null && !CodePattern().IsMatch(code))
        {
            errors[nameof(d.Code)] = "编码只用小写英文字母、数字和连字符，以字母开头（如 weak、key-village）";
        }
        else if (row is null && code is not null && family is { } fam
                 && await db.GuidanceKinds.AnyAsync(k => k.OrganizationId == countyId && k.Family == fam && k.Code == code, ct))
        {
            errors[nameof(d.Code)] = $"本县已有编码为“{code}”的{GuidanceLabels.Of(fam)}";
        }

        var name = EntryChecks.Text(errors, nameof(d.Name), d.Name, "名称", NameMax);
        if (errors.Count > 0)
        {
            return EntryResult.Refused(errors);
        }

        if (row is null)
        {
            row = new GuidanceKind { OrganizationId = countyId, Family = family!.Value, Code = code!, Name = name! };
            db.GuidanceKinds.Add(row);
        }
        else
        {
            db.Entry(row).Property(k => k.Version).OriginalValue = d.Version;
        }

        (row.Name, row.SortOrder) = (name!, d.SortOrder);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EntryResult.Conflict();
        }

        return EntryResult.Saved(row.Id);
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    private static partial Regex CodePattern();
}
