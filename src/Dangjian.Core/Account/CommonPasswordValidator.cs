using Microsoft.AspNetCore.Identity;

namespace Dangjian.Core.Account;

/// <summary>
/// Refuses passwords on the list of common passwords (CommonPasswords.txt, source named there), case-insensitively,
/// and the usual dressings of them: digits or symbols before or after a listed word (Password1, Admin@123) and
/// look-alike characters (Passw0rd!, P@ssword).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const string Message = "密码过于常见（如 Password1、Aa123456、Qwer1234 一类），容易被猜中，请换一个。";

    // A word stripped of its digits and symbols must keep this many letters to count: "demo" of Demo@2026 does not.
    private const int MinStrippedLength = 5;

    private static readonly Lazy<HashSet<string>> List = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(IsCommon(password ?? "")
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordCommon", Description = Message })
            : IdentityResult.Success);

    public static bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        var stripped = lower.Trim(StripChars);
        IEnumerable<string> forms = [lower, Unleet(lower, 'i'), Unleet(lower, 'l')];
        if (stripped.Length >= MinStrippedLength)
        {
            forms = forms.Concat([stripped, Unleet(stripped, 'i'), Unleet(stripped, 'l')]);
        }

        return forms.Any(List.Value.Contains);
    }

    private static readonly char[] StripChars = [.. "0123456789!@#$%^&*()_+-=.,?~`'\"[]{}<>/\\|;: "];

    private static string Unleet(string text, char one) => string.Concat(text.Select(c => c switch
    {
        '0' => 'o',
        '1' => one,
        '3' => 'e',
        '4' or '@' => 'a',
        '5' or '$' => 's',
        '7' => 't',
        '!' => 'i',
        _ => c,
    }));

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Dangjian.Core.Identity.CommonPasswords.txt")!;
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line.Trim());
            }
        }

        return set;
    }
}
