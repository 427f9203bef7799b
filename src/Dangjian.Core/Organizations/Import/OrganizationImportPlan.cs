using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Organizations.Import;

/// <summary>What an organization sheet would do: every problem (row, column, message), the organizations to create and to update.</summary>
internal sealed partial class OrganizationImportPlan
{
    public sealed record Create(int Row, string Code, string Name, string? ShortName, OrgLevel Level, OrgSector Sector,
        string? SecretaryName, DateOnly? FoundedOn, string? ParentCode, Organization? ParentExisting);

    public sealed record Update(Organization Existing, string Name, string? ShortName, OrgSector Sector, string? SecretaryName, DateOnly? FoundedOn)
    {
        public void Apply()
        {
            Existing.Name = Name;
            Existing.ShortName = ShortName;
            Existing.Sector = Sector;
            Existing.SecretaryName = SecretaryName;
            Existing.FoundedOn = FoundedOn;
        }
    }

    public List<ImportProblem> Problems { get; } = [];
    public List<Create> Creates { get; } = [];
    public List<Update> Updates { get; } = [];
    public int Unchanged { get; private set; }

    public static async Task<OrganizationImportPlan> BuildAsync(AppDbContext db, IReadOnlyList<OrganizationRow> rows, Organization root,
        DateOnly today, CancellationToken ct)
    {
        var plan = new OrganizationImportPlan();
        var codes = rows.Select(r => r.Code?.Trim()).Concat(rows.Select(r => r.ParentCode?.Trim()))
            .Where(c => !string.IsNullOrEmpty(c)).Select(c => c!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // In scope: what the user may build on. Everywhere: only to keep codes unique without revealing whose they are.
        var inScope = (await db.Organizations.Where(o => o.Code != null && codes.Contains(o.Code)).ToListAsync(ct))
            .ToDictionary(o => o.Code!, StringComparer.OrdinalIgnoreCase);
        var taken = (await db.Organizations.IgnoreQueryFilters().Where(o => o.Code != null && codes.Contains(o.Code)).Select(o => o.Code!).ToListAsync(ct))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var parsed = new Dictionary<string, (ParsedRow Row, int Line)>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in rows)
        {
            var row = ParsedRow.From(raw, today, plan.Problems);
            if (row is null)
            {
                continue;
            }

            if (parsed.TryGetValue(row.Code, out var first))
            {
                plan.Problem(raw.Row, OrganizationSheetField.Code, $"组织编码“{row.Code}”与第{first.Line}行重复。");
                continue;
            }

            parsed[row.Code] = (row, raw.Row);
        }

        foreach (var (code, (row, line)) in parsed)
        {
            plan.Check(row, line, root, inScope, taken.Contains(code) && !inScope.ContainsKey(code), parsed);
        }

        plan.CheckCycles(parsed);
        return plan;
    }

    private void Check(ParsedRow row, int line, Organization root, Dictionary<string, Organization> inScope, bool takenElsewhere,
        Dictionary<string, (ParsedRow Row, int Line)> parsed)
    {
        if (takenElsewhere)
        {
            Problem(line, OrganizationSheetField.Code, $"组织编码“{row.Code}”已被其他党组织使用，请换一个编码。");
            return;
        }

        Organization? parentExisting = null;
        OrgLevel parentLevel;
        if (row.ParentCode is null)
        {
            parentExisting = root;
            parentLevel = root.Level;
        }
        else if (inScope.TryGetValue(row.ParentCode, out var p))
        {
            parentExisting = p;
            parentLevel = p.Level;
        }
        else if (parsed.TryGetValue(row.ParentCode, out var parentRow))
        {
            parentLevel = parentRow.Row.Level;
        }
        else
        {
            Problem(line, OrganizationSheetField.ParentCode, $"找不到上级组织编码“{row.ParentCode}”：本文件中没有这一行，您管辖范围内的党组织也没有这个编码。");
            return;
        }

        if (row.Level <= parentLevel || parentLevel == OrgLevel.Branch)
        {
            Problem(line, OrganizationSheetField.Level, $"{OrgLabels.Of(row.Level)}不能设在{OrgLabels.Of(parentLevel)}之下。");
            return;
        }

        if (inScope.TryGetValue(row.Code, out var existing))
        {
            CheckExisting(row, line, existing, parentExisting);
            return;
        }

        Creates.Add(new Create(line, row.Code, row.Name, row.ShortName, row.Level, row.Sector, row.SecretaryName, row.FoundedOn,
            parentExisting is null ? row.ParentCode : null, parentExisting));
    }

    private void CheckExisting(ParsedRow row, int line, Organization existing, Organization? parentExisting)
    {
        if (parentExisting?.Id != existing.ParentId)
        {
            Problem(line, OrganizationSheetField.ParentCode, "与系统中登记的上级组织不同。调整隶属关系请在系统中用“调整隶属”办理。");
            return;
        }

        if (existing.Level != row.Level)
        {
            Problem(line, OrganizationSheetField.Level, $"系统中登记为{OrgLabels.Of(existing.Level)}，导入不能修改组织层级。");
            return;
        }

        if (existing.Name == row.Name && existing.ShortName == row.ShortName && existing.Sector == row.Sector
            && existing.SecretaryName == row.SecretaryName && existing.FoundedOn == row.FoundedOn)
        {
            Unchanged++;
        }
        else
        {
            Updates.Add(new Update(existing, row.Name, row.ShortName, row.Sector, row.SecretaryName, row.FoundedOn));
        }
    }

    private void CheckCycles(Dictionary<string, (ParsedRow Row, int Line)> parsed)
    {
        foreach (var (code, (_, line)) in parsed)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { code };
            var current = parsed[code].Row.ParentCode;
            while (current is not null && parsed.TryGetValue(current, out var next))
            {
                if (!seen.Add(current))
                {
                    Problem(line, OrganizationSheetField.ParentCode, "上级组织编码形成了循环（某个党组织最终成了自己的上级）。");
                    break;
                }

                current = next.Row.ParentCode;
            }
        }
    }

    private void Problem(int row, OrganizationSheetField field, string message) =>
        Problems.Add(new ImportProblem(row, OrganizationSheet.Label(field), message));
}
