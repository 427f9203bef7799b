namespace Dangjian.Core.Members.Import;

/// <summary>A member field a roster column can be mapped to.</summary>
public enum RosterField { Name, Sex, BirthDate, ResidentId, JoinedOn, ConvertedOn, Status, Education, Ethnicity, Occupation, Phone, Branch }

/// <summary>Chinese names of the fields and the header texts real rosters use for them.</summary>
public static class RosterFields
{
    public static readonly IReadOnlyList<RosterField> All = Enum.GetValues<RosterField>();

    public static string Label(RosterField field) => field switch
    {
        RosterField.Name => "姓名",
        RosterField.Sex => "性别",
        RosterField.BirthDate => "出生日期",
        RosterField.ResidentId => "身份证号",
        RosterField.JoinedOn => "入党时间",
        RosterField.ConvertedOn => "转正时间",
        RosterField.Status => "党员类别",
        RosterField.Education => "学历",
        RosterField.Ethnicity => "民族",
        RosterField.Occupation => "职业/工作岗位",
        RosterField.Phone => "联系电话",
        RosterField.Branch => "所在党组织",
        _ => field.ToString(),
    };

    /// <summary>Header texts, most specific first; matched after removing spaces, "*" and brackets.</summary>
    public static IReadOnlyList<string> Synonyms(RosterField field) => field switch
    {
        RosterField.Name => ["姓名", "党员姓名", "名字"],
        RosterField.Sex => ["性别"],
        RosterField.BirthDate => ["出生日期", "出生年月日", "出生年月", "出生时间", "生日"],
        RosterField.ResidentId => ["公民身份号码", "身份证号码", "身份证号", "身份证", "证件号码"],
        RosterField.JoinedOn => ["入党时间", "入党日期", "入党年月"],
        RosterField.ConvertedOn => ["转正时间", "转正日期", "转正年月"],
        RosterField.Status => ["人员类别", "党员类别", "党员类型", "类别"],
        RosterField.Education => ["学历", "最高学历", "文化程度"],
        RosterField.Ethnicity => ["民族"],
        RosterField.Occupation => ["职业", "工作岗位", "岗位", "工作单位及职务", "职务"],
        RosterField.Phone => ["联系电话", "手机号码", "手机号", "手机", "电话", "联系方式"],
        RosterField.Branch => ["所在党组织", "所在党支部", "所在支部", "党组织名称", "党支部", "支部", "党组织"],
        _ => [],
    };

    /// <summary>Fields a mapping must include; sex and birth date may instead come from the resident ID.</summary>
    public static bool IsRequired(RosterField field) => field is RosterField.Name or RosterField.JoinedOn or RosterField.Education;

    public static string Normalize(string? header) =>
        new((header ?? "").Where(c => !char.IsWhiteSpace(c) && c is not ('*' or '(' or ')' or '（' or '）' or ':' or '：')).ToArray());

    /// <summary>The field a header means, exact synonym first, then the longest synonym it contains.</summary>
    public static RosterField? Guess(string? header)
    {
        var h = Normalize(header);
        if (h.Length == 0)
        {
            return null;
        }

        foreach (var f in All)
        {
            if (Synonyms(f).Contains(h))
            {
                return f;
            }
        }

        return All.SelectMany(f => Synonyms(f).Select(s => (Field: f, Synonym: s)))
            .Where(x => h.Contains(x.Synonym, StringComparison.Ordinal))
            .OrderByDescending(x => x.Synonym.Length)
            .Select(x => (RosterField?)x.Field)
            .FirstOrDefault();
    }
}
