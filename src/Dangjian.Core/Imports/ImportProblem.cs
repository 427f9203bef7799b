namespace Dangjian.Core.Imports;

/// <summary>One thing wrong with an imported sheet: spreadsheet row (0 for the file as a whole), column header, Chinese message.</summary>
public sealed record ImportProblem(int Row, string Column, string Message)
{
    public string Describe() => Row > 0 ? $"第{Row}行“{Column}”列：{Message}" : Message;
}
