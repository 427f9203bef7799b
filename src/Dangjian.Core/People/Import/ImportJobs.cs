using System.Collections.Concurrent;

namespace Dangjian.Core.People.Import;

/// <summary>
/// Imports running in the background so the page can show progress. A job lives in memory only: if the process
/// dies the import's single transaction never commits, nothing is written, and the job is simply gone.
/// </summary>
public sealed class ImportJobs(TimeProvider time)
{
    private static readonly TimeSpan KeepFinished = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, ImportJob> jobs = new();

    public ImportJob Start(int userId, int organizationId, string fileName, string uploadToken, Func<IProgress<int>, CancellationToken, Task<ImportReport>> work)
    {
        Sweep();
        var job = new ImportJob(Guid.NewGuid().ToString("N"), userId, organizationId, fileName, uploadToken, time.GetUtcNow().UtcDateTime);
        jobs[job.Id] = job;
        job.Run(work, time);
        return job;
    }

    /// <summary>The job, only for the user who started it.</summary>
    public ImportJob? Find(string? id, int userId) =>
        id is not null && jobs.TryGetValue(id, out var job) && job.UserId == userId ? job : null;

    private void Sweep()
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (id, job) in jobs)
        {
            if (job.FinishedAtUtc is { } done && now - done > KeepFinished)
            {
                jobs.TryRemove(id, out _);
            }
        }
    }
}

/// <summary>How a job ended: its report, or the error that stopped it. Published as one object, so a reader never sees half of it.</summary>
public sealed record ImportOutcome(DateTime FinishedAtUtc, ImportReport? Result, string? Error);

public sealed class ImportJob(string id, int userId, int organizationId, string fileName, string uploadToken, DateTime startedAtUtc) : IProgress<int>
{
    private int processed;
    private ImportOutcome? outcome;

    public string Id { get; } = id;
    public int UserId { get; } = userId;
    public int OrganizationId { get; } = organizationId;
    public string FileName { get; } = fileName;

    /// <summary>The upload, deleted when the import ends in any way.</summary>
    public string UploadToken { get; } = uploadToken;
    public DateTime StartedAtUtc { get; } = startedAtUtc;
    public int Processed => Volatile.Read(ref processed);

    /// <summary>Null while running. Read it once per request: the job may finish between two reads.</summary>
    public ImportOutcome? Outcome => Volatile.Read(ref outcome);
    public DateTime? FinishedAtUtc => Outcome?.FinishedAtUtc;

    public void Report(int rows) => Volatile.Write(ref processed, rows);

    internal void Run(Func<IProgress<int>, CancellationToken, Task<ImportReport>> work, TimeProvider time) =>
        _ = Task.Run(async () =>
        {
            ImportReport? result = null;
            string? error = null;
            try
            {
                result = await work(this, CancellationToken.None);
            }
            catch (Exception e)
            {
                error = e.Message;
            }

            Volatile.Write(ref outcome, new ImportOutcome(time.GetUtcNow().UtcDateTime, result, error));
        });
}
