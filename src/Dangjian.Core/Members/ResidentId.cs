using System.Globalization;

namespace Dangjian.Core.Members;

/// <summary>Why a resident ID (GB 11643-1999 公民身份号码) was rejected.</summary>
public enum ResidentIdError { None, Length, Characters, BirthDate, CheckDigit }

/// <summary>The 18-character resident ID: 6-digit region, 8-digit birth date, 3-digit sequence (odd = male), check character.</summary>
public static class ResidentId
{
    public const int Length = 18;
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    public static string Normalize(string? raw) => (raw ?? "").Trim().ToUpperInvariant();

    /// <summary>The check character for the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckChars[sum % 11];
    }

    public static ResidentIdError Check(string? raw, DateOnly today)
    {
        var id = Normalize(raw);
        if (id.Length != Length)
        {
            return ResidentIdError.Length;
        }

        if (id.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9') || !(char.IsAsciiDigit(id[17]) || id[17] == 'X'))
        {
            return ResidentIdError.Characters;
        }

        if (BirthDateOf(id) is not { } birth || birth > today || birth.Year < 1900)
        {
            return ResidentIdError.BirthDate;
        }

        return CheckCharacter(id) == id[17] ? ResidentIdError.None : ResidentIdError.CheckDigit;
    }

    /// <summary>Null when valid, otherwise the reason in Chinese for the form.</summary>
    public static string? Validate(string? raw, DateOnly today) => Message(Check(raw, today));

    public static string? Message(ResidentIdError error) => error switch
    {
        ResidentIdError.None => null,
        ResidentIdError.Length => "身份证号码应为18位。",
        ResidentIdError.Characters => "身份证号码前17位应为数字，最后一位应为数字或X。",
        ResidentIdError.BirthDate => "身份证号码中的出生日期无效。",
        _ => "身份证号码校验位不正确，请核对是否输错。",
    };

    /// <summary>The birth date encoded in positions 7–14, or null if it is not a real date.</summary>
    public static DateOnly? BirthDateOf(string id) =>
        DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static Sex SexOf(string id) => (id[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>Null when the (valid) ID agrees with the recorded birth date and sex, otherwise what disagrees.</summary>
    public static string? Inconsistency(string validId, DateOnly birthDate, Sex sex)
    {
        var id = Normalize(validId);
        var problems = new List<string>();
        if (BirthDateOf(id) is { } encoded && encoded != birthDate)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"身份证号码中的出生日期（{encoded:yyyy-MM-dd}）与填写的出生日期（{birthDate:yyyy-MM-dd}）不一致"));
        }

        if (SexOf(id) != sex)
        {
            problems.Add($"身份证号码中的性别（{PeopleLabels.Of(SexOf(id))}）与填写的性别（{PeopleLabels.Of(sex)}）不一致");
        }

        return problems.Count == 0 ? null : string.Join("；", problems) + "。";
    }

    /// <summary>First 6 + "********" + last 4, as shown in lists (docs/design/domain.md §3).</summary>
    public static string Mask(string id)
    {
        var n = Normalize(id);
        return n.Length == Length ? $"{n[..6]}********{n[^4..]}" : new string('*', n.Length);
    }
}
