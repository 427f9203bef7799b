using Dangjian.Core.Imports;
using Dangjian.Core.Members.Import;

namespace Dangjian.Web.Pages.Admin;

/// <summary>An uploaded account or grant sheet, read in memory: the rows, or what is wrong with the file or its columns.</summary>
public static class SheetUpload
{
    public sealed record Read<TRow>(IReadOnlyList<TRow>? Rows, string? FileProblem, IReadOnlyList<ImportProblem> Problems);

    public static async Task<Read<TRow>> ReadAsync<TRow>(IFormFile? sheet, ImportOptions options, Func<string?, bool> isKnownHeader,
        Func<RosterReader, (IReadOnlyList<TRow> Rows, IReadOnlyList<ImportProblem> Problems)> read, ILogger log, CancellationToken ct)
    {
        if (sheet is null || sheet.Length == 0)
        {
            return new(null, sheet is null ? "请选择要上传的文件。" : "上传的文件是空的。", []);
        }

        if (sheet.Length > options.MaxUploadBytes)
        {
            return new(null, RosterFile.TooLarge(options.MaxUploadBytes), []);
        }

        using var buffer = new MemoryStream();
        await sheet.CopyToAsync(buffer, ct);
        if (RosterFile.Check(buffer, sheet.FileName, options, out var format) is { } problem)
        {
            return new(null, problem, []);
        }

        try
        {
            using var reader = RosterReader.Open(buffer, format, isKnownHeader);
            var (rows, problems) = read(reader);
            return problems.Count > 0 ? new(null, null, problems) : new(rows, null, []);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Sheet {File} could not be read", sheet.FileName);
            return new(null, "文件无法读取：内容已损坏或不是本页的表格。请在 Excel 或 WPS 中打开后另存为 .xlsx 再上传，或使用下载的模板。", []);
        }
    }
}
