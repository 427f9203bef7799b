using Microsoft.Extensions.Logging;

namespace Dangjian.Core.Members.Import;

/// <summary>One queued roster import: its progress while running, then its <see cref="ImportOutcome"/>.</summary>
public sealed class ImportJob(string id, int userId, int organizationId, string fileName, string uploadToken, DateTime startedAtUtc,
    Func<IProgress<int>, CancellationToken, Task<ImportReport>> work) : IProgress<int>
{
    /// <summary>Shown for any unexpected failure; the exception itself goes to the log only.</summary>
    public const string Failed = "系统出错（详情已记入日志），请稍后重试；如仍失败，请联系系统管理员";

    public const string Stopped = "服务停止，导入已取消，请在服务恢复后重新导入";

    private int processed;
    private int running;
    private ImportOutcome? outcome;

    public string Id { get; } = id;
    public int UserId { get; } = userId;
    public int OrganizationId { get; } = organizationId;
    public string FileName { get; } = fileName;

    /// <summary>The upload, kept until an import commits, so a failed one can go back to the mapping step.</summary>
    public string UploadToken { get; } = uploadToken;
    public DateTime StartedAtUtc { get; } = startedAtUtc;
    public int Processed => Volatile.Read(ref processed);

    /// <summary>False while waiting in the queue for a free slot.</summary>
    public bool IsRunning => Volatile.Read(ref running) == 1;

    /// <summary>Null while waiting or running. Read it once per request: the job may finish between two reads.</summary>
    public ImportOutcome? Outcome => Volatile.Read(ref outcome);
    public DateTime? FinishedAtUtc => Outcome?.FinishedAtUtc;

    public void Report(int rows) => Volatile.Write(ref processed, rows);

    /// <summary>Runs the import; a stop cancels it (its transaction rolls back) and every failure becomes a Chinese message.</summary>
    internal async Task RunAsync(TimeProvider time, ILogger log, CancellationToken stopping)
    {
        Volatile.Write(ref running, 1);
        ImportReport? result = null;
        string? error = null;
        try
        {
            result = await work(this, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            log.LogWarning("Import {Job} of {File} cancelled by shutdown", Id, FileName);
            error = Stopped;
        }
        catch (Exception e)
        {
            log.LogError(e, "Import {Job} of {File} failed", Id, FileName);
            error = Failed;
        }

        Volatile.Write(ref outcome, new ImportOutcome(time.GetUtcNow().UtcDateTime, result, error));
    }

    internal void Cancel(TimeProvider time) => Volatile.Write(ref outcome, new ImportOutcome(time.GetUtcNow().UtcDateTime, null, Stopped));
}
