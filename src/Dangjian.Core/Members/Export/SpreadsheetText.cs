namespace Dangjian.Core.Members.Export;

/// <summary>Text for spreadsheet cells that must never be taken for a formula (CSV/formula injection).</summary>
public static class SpreadsheetText
{
    /// <summary>A value starting with = + - @, tab or carriage return gets a leading apostrophe so it stays text.</summary>
    public static string Escape(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
