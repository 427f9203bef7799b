namespace Dangjian.Core.Audit;

/// <summary>CSV cells that are safe to open in Excel: quoted, and formula triggers (= + - @ tab) neutralized.</summary>
public static class Csv
{
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
