namespace Dangjian.Core.Audit;

public static class Masking
{
    /// <summary>Keeps the first 6 and last 4 characters of values of 12 or more characters, otherwise hides all.</summary>
    public static string? Mask(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return value.Length >= 12
            ? string.Concat(value.AsSpan(0, 6), new string('*', value.Length - 10), value.AsSpan(value.Length - 4))
            : "***";
    }
}
