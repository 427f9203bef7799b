using Dangjian.Core.Imports;

namespace Dangjian.Core.Organizations.Import;

/// <summary>A row's values once each cell is valid; null (with its problems recorded) when any is not.</summary>
internal sealed record ParsedRow(string Code, string Name, string? ShortName, OrgLevel Level, OrgSector Sector, string? ParentCode,
    string? SecretaryName, DateOnly? FoundedOn)
{
    private static readonly Dictionary<string, OrgLevel> Levels = new()
    {
        ["乡镇党委"] = OrgLevel.TownshipCommittee, ["镇党委"] = OrgLevel.TownshipCommittee, ["乡党委"] = OrgLevel.TownshipCommittee,
        ["党工委"] = OrgLevel.TownshipCommittee, ["街道党工委"] = OrgLevel.TownshipCommittee,
        ["党委"] = OrgLevel.PartyCommittee, ["党总支"] = OrgLevel.GeneralBranch, ["党总支部"] = OrgLevel.GeneralBranch,
        ["党支部"] = OrgLevel.Branch, ["支部"] = OrgLevel.Branch,
    };

    public static ParsedRow? From(OrganizationRow raw, DateOnly today, List<ImportProblem> problems)
    {
        var before = problems.Count;
        void Problem(OrganizationSheetField f, string message) => problems.Add(new ImportProblem(raw.Row, OrganizationSheet.Label(f), message));

        var code = raw.Code?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            Problem(OrganizationSheetField.Code, "组织编码不能为空。");
        }
        else if (code.Length > 40 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            Problem(OrganizationSheetField.Code, $"组织编码“{code}”只能由字母、数字和 - _ . 组成，不超过40个字符。");
        }

        var name = raw.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            Problem(OrganizationSheetField.Name, "组织名称不能为空。");
        }
        else if (name.Length > 100)
        {
            Problem(OrganizationSheetField.Name, "组织名称不能超过100个字。");
        }

        OrgLevel? level = raw.Level?.Trim() is { Length: > 0 } l && Levels.TryGetValue(l, out var found) ? found : null;
        if (level is null)
        {
            Problem(OrganizationSheetField.Level, string.IsNullOrWhiteSpace(raw.Level)
                ? "组织层级不能为空。" : $"组织层级“{raw.Level}”无法识别，请填写乡镇党委、党委、党总支或党支部。");
        }

        var sector = SectorOf(raw.Sector, level);
        if (sector is null)
        {
            Problem(OrganizationSheetField.Sector, string.IsNullOrWhiteSpace(raw.Sector)
                ? "组织类别不能为空（只有乡镇党委可以不填）。" : $"组织类别“{raw.Sector}”无法识别，请填写村、社区、机关、事业单位、非公企业、社会组织、产业链、老年协会或其他。");
        }

        var shortName = Optional(raw.ShortName, 40, OrganizationSheetField.ShortName, "简称", Problem);
        var secretary = Optional(raw.SecretaryName, 40, OrganizationSheetField.SecretaryName, "书记姓名", Problem);
        DateOnly? founded = null;
        if (!string.IsNullOrWhiteSpace(raw.FoundedOn))
        {
            founded = SheetDate.Parse(raw.FoundedOn);
            if (founded is null)
            {
                Problem(OrganizationSheetField.FoundedOn, $"成立日期“{raw.FoundedOn}”不是有效的日期，请填写如 2015-06-01。");
            }
            else if (founded > today || founded.Value.Year < 1921)
            {
                Problem(OrganizationSheetField.FoundedOn, $"成立日期“{founded:yyyy-MM-dd}”不在合理范围内（不能晚于今天）。");
            }
        }

        var parent = raw.ParentCode?.Trim();
        if (parent is not null && string.Equals(parent, code, StringComparison.OrdinalIgnoreCase))
        {
            Problem(OrganizationSheetField.ParentCode, "上级组织编码不能是本组织自己的编码。");
        }

        return problems.Count > before
            ? null
            : new ParsedRow(code!, name!, shortName, level!.Value, sector!.Value, string.IsNullOrEmpty(parent) ? null : parent, secretary, founded);
    }

    private static OrgSector? SectorOf(string? text, OrgLevel? level)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return level == OrgLevel.TownshipCommittee ? OrgSector.Regional : null;
        }

        if (t is "非公" or "企业" or "非公有制企业")
        {
            return OrgSector.NonPublicEnterprise;
        }

        return Enum.GetValues<OrgSector>().Cast<OrgSector?>().FirstOrDefault(s => OrgLabels.Of(s!.Value) == t);
    }

    private static string? Optional(string? text, int max, OrganizationSheetField field, string label, Action<OrganizationSheetField, string> problem)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }

        if (t.Length > max)
        {
            problem(field, $"{label}不能超过{max}个字。");
        }

        return t;
    }
}
