using System.Globalization;
using System.Text.RegularExpressions;

namespace Dangjian.Core.Members.Import;

/// <summary>One problem of one row: spreadsheet row number, column header, Chinese message.</summary>
public sealed record ImportError(int Row, string Column, string Message);

/// <summary>A parsed row: the member to insert (null when the row has errors) and its normalized resident ID.</summary>
public sealed record ParsedRow(int Row, Member? Member, string? ResidentId, string? Phone, IReadOnlyList<ImportError> Errors, string? Name = null);

/// <summary>
/// Turns one roster row into a <see cref="Member"/> or a list of errors. Sex and birth date may be left blank when a
/// resident ID is given (they are read from it); when both are given they must agree with it. Dates accept Excel
/// dates and "1985-03-12", "1985/3/12", "1985.03.12", "1985年3月12日", "19850312"; a year and month only
/// ("2001.07", common for 入党时间) means the first of that month.
/// </summary>
public sealed partial class RosterRowParser(ColumnMapping mapping, IReadOnlyDictionary<string, int> branches, int defaultOrganizationId, DateOnly today)
{
    public ParsedRow Parse(RosterRow row)
    {
        var errors = new List<ImportError>();
        void Error(RosterField f, string message) => errors.Add(new ImportError(row.RowNumber, mapping.ColumnName(f), message));
        object? Cell(RosterField f) => mapping.ColumnOf(f) is { } c ? row[c] : null;
        string? Text(RosterField f) => RosterReader.Text(Cell(f));

        var name = Text(RosterField.Name);
        if (name is null)
        {
            Error(RosterField.Name, "姓名不能为空。");
        }
        else if (name.Length > 40)
        {
            Error(RosterField.Name, "姓名不能超过 40 个字。");
        }

        string? residentId = null;
        var idCell = Cell(RosterField.ResidentId);
        if (idCell is double)
        {
            Error(RosterField.ResidentId, "身份证号被 Excel 存成了数字，末几位可能已经丢失。请把该列设为“文本”格式，重新填写身份证号后再上传。");
        }
        else if (RosterReader.Text(idCell) is { } rawId)
        {
            if (ResidentId.Validate(rawId, today) is { } idProblem)
            {
                Error(RosterField.ResidentId, idProblem);
            }
            else
            {
                residentId = ResidentId.Normalize(rawId);
            }
        }

        Sex? sex = null;
        if (Text(RosterField.Sex) is { } sexText)
        {
            sex = sexText switch
            {
                "男" or "男性" or "M" or "m" => Sex.Male,
                "女" or "女性" or "F" or "f" => Sex.Female,
                _ => null,
            };
            if (sex is null)
            {
                Error(RosterField.Sex, $"性别“{sexText}”无法识别，应填写“男”或“女”。");
            }
        }
        else if (residentId is not null)
        {
            sex = ResidentId.SexOf(residentId);
        }
        else if (idCell is null)
        {
            Error(RosterField.Sex, "性别不能为空（没有身份证号时必须填写）。");
        }

        var birth = Date(RosterField.BirthDate, Cell(RosterField.BirthDate), "出生日期", Error, required: false);
        if (birth is null && Cell(RosterField.BirthDate) is null)
        {
            if (residentId is not null)
            {
                birth = ResidentId.BirthDateOf(residentId);
            }
            else if (idCell is null)
            {
                Error(RosterField.BirthDate, "出生日期不能为空（没有身份证号时必须填写）。");
            }
        }

        if (residentId is not null && birth is { } b && sex is { } s && ResidentId.Inconsistency(residentId, b, s) is { } inconsistent)
        {
            Error(RosterField.ResidentId, inconsistent);
        }

        var joined = Date(RosterField.JoinedOn, Cell(RosterField.JoinedOn), "入党时间", Error, required: true);
        var converted = Date(RosterField.ConvertedOn, Cell(RosterField.ConvertedOn), "转正时间", Error, required: false);
        if (birth is { } bd && joined is { } jd && jd < bd.AddYears(18))
        {
            Error(RosterField.JoinedOn, "入党时间早于年满18周岁，请核对入党时间或出生日期。");
        }

        if (joined is { } j && converted is { } cv && cv < j)
        {
            Error(RosterField.ConvertedOn, "转正时间早于入党时间。");
        }

        MemberStatus? status = null;
        if (Text(RosterField.Status) is { } statusText)
        {
            status = statusText.Contains("预备", StringComparison.Ordinal) ? MemberStatus.Probationary
                : statusText.Contains("正式", StringComparison.Ordinal) ? MemberStatus.Full
                : null;
            if (status is null)
            {
                Error(RosterField.Status, $"党员类别“{statusText}”无法识别，应填写“正式党员”或“预备党员”。");
            }
        }
        else if (joined is { } jo)
        {
            status = converted is not null || jo <= today.AddYears(-1) ? MemberStatus.Full : MemberStatus.Probationary;
        }

        if (status == MemberStatus.Probationary && converted is not null)
        {
            Error(RosterField.ConvertedOn, "预备党员不应有转正时间，请核对党员类别。");
        }

        Education? education = null;
        if (Text(RosterField.Education) is { } educationText)
        {
            education = EducationOf(educationText);
            if (education is null)
            {
                Error(RosterField.Education, $"学历“{educationText}”无法识别，可填写：小学、初中、高中、中专、大专、本科、研究生。");
            }
        }
        else
        {
            Error(RosterField.Education, "学历不能为空。");
        }

        var ethnicity = Text(RosterField.Ethnicity);
        if (ethnicity is { Length: > 20 })
        {
            Error(RosterField.Ethnicity, "民族不能超过 20 个字。");
        }

        var occupation = Text(RosterField.Occupation);
        if (occupation is { Length: > 100 })
        {
            Error(RosterField.Occupation, "职业/工作岗位不能超过 100 个字。");
        }

        var phone = Text(RosterField.Phone);
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            Error(RosterField.Phone, $"联系电话“{phone}”格式不正确，应为手机号或带区号的固定电话。");
        }

        var organizationId = defaultOrganizationId;
        if (Text(RosterField.Branch) is { } branch)
        {
            if (branches.TryGetValue(branch, out var id))
            {
                organizationId = id;
            }
            else
            {
                Error(RosterField.Branch, $"找不到党组织“{branch}”，或它不在本次导入的组织范围内。请填写系统中的党组织全称或简称。");
            }
        }

        if (errors.Count > 0)
        {
            return new ParsedRow(row.RowNumber, null, residentId, phone, errors, name);
        }

        var member = new Member
        {
            OrganizationId = organizationId,
            Name = name!,
            Sex = sex!.Value,
            BirthDate = birth!.Value,
            JoinedOn = joined!.Value,
            ConvertedOn = converted,
            Status = status!.Value,
            Education = education!.Value,
            Ethnicity = ethnicity,
            Occupation = occupation,
            State = MemberState.Active,
        };
        return new ParsedRow(row.RowNumber, member, residentId, phone, errors, name);
    }

    public static Education? EducationOf(string text)
    {
        bool Has(params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));
        return Has("研究生", "硕士", "博士") ? Education.Postgraduate
            : Has("本科", "学士") ? Education.Bachelor
            : Has("大专", "专科", "高职") ? Education.College
            : Has("中专", "中技", "技校", "职高", "中职") ? Education.Vocational
            : Has("高中") ? Education.HighSchool
            : Has("初中") ? Education.JuniorHigh
            : Has("小学", "文盲", "半文盲") ? Education.Primary
            : null;
    }

    private DateOnly? Date(RosterField field, object? cell, string label, Action<RosterField, string> error, bool required)
    {
        switch (cell)
        {
            case null:
            case string s when string.IsNullOrWhiteSpace(s):
                if (required)
                {
                    error(field, $"{label}不能为空。");
                }

                return null;
            case DateTime dt:
                return Plausible(DateOnly.FromDateTime(dt));
            case double d when d is > 1 and < 73051: // an unformatted Excel serial date (1900–2099)
                return Plausible(DateOnly.FromDateTime(DateTime.FromOADate(d)));
        }

        var text = RosterReader.Text(cell)!;
        if (Dangjian.Core.Imports.SheetDate.FromText(text) is { } date)
        {
            return Plausible(date);
        }

        error(field, $"{label}“{text}”不是有效的日期，请填写如 1985-03-12 或 1985年3月12日。");
        return null;

        DateOnly? Plausible(DateOnly date)
        {
            if (date.Year < 1900 || date > today)
            {
                error(field, $"{label}“{date:yyyy-MM-dd}”不在合理范围内（1900年以后、不晚于今天）。");
                return null;
            }

            return date;
        }
    }

    [GeneratedRegex(@"^(1\d{10}|0\d{2,3}-?\d{7,8}|\d{7,8})$")]
    private static partial Regex PhonePattern();
}
