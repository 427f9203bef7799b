using System.Globalization;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dangjian.Core.Audit;

/// <summary>How a property value appears in the audit details.</summary>
internal static class AuditValues
{
    // Identity secrets: never shown, not even partly.
    private static readonly HashSet<string> Secrets =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "AuthenticatorKey", "RecoveryCodes", "PendingPasswordPart"];

    public static string? Format(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        byte[] b => Convert.ToBase64String(b),
        _ => value.ToString(),
    };

    public static string? Mask(IProperty property, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (Secrets.Contains(property.Name))
        {
            return "***";
        }

        return property.PropertyInfo?.IsDefined(typeof(SensitiveAttribute), true) == true ? Masking.Mask(value) : value;
    }
}
