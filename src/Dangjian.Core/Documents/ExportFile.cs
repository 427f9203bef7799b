namespace Dangjian.Core.Documents;

/// <summary>A file an export operation produced (its audit record written), ready for the page to send.</summary>
public sealed record ExportFile(string Name, string ContentType, byte[] Content)
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Text = "text/plain; charset=utf-8";
}
