using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Dangjian.Core.Members.Import;

/// <summary>
/// Imports waiting or running in the background so the page can show progress; <see cref="ImportQueue"/> runs them. A
/// job lives in memory only: if the process dies the import's single transaction never commits, nothing is written,
/// and the job is simply gone.
/// </summary>
public sealed class ImportJobs
{
    private static readonly TimeSpan KeepFinished = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, ImportJob> jobs = new();
    private readonly Channel<ImportJob> queue;
    private readonly TimeProvider time;

    public ImportJobs(TimeProvider time, IOptions<ImportQueueOptions> options)
    {
        this.time = time;
        queue = Channel.CreateBounded<ImportJob>(new BoundedChannelOptions(Math.Max(1, options.Value.MaxQueued)) { SingleReader = true });
    }

    /// <summary>Queues an import; null when the queue is full (the user is asked to try again later).</summary>
    public ImportJob? Start(int userId, int organizationId, string fileName, string uploadToken, Func<IProgress<int>, CancellationToken, Task<ImportReport>> work)
    {
        Sweep();
        var job = new ImportJob(Guid.NewGuid().ToString("N"), userId, organizationId, fileName, uploadToken, time.GetUtcNow().UtcDateTime, work);
        jobs[job.Id] = job;
        if (queue.Writer.TryWrite(job))
        {
            return job;
        }

        jobs.TryRemove(job.Id, out _);
        return null;
    }

    /// <summary>The job, only for the user who started it.</summary>
    public ImportJob? Find(string? id, int userId) =>
        id is not null && jobs.TryGetValue(id, out var job) && job.UserId == userId ? job : null;

    internal ChannelReader<ImportJob> Waiting => queue.Reader;

    /// <summary>On shutdown: every job still waiting ends as cancelled.</summary>
    internal void CancelWaiting()
    {
        while (queue.Reader.TryRead(out var job))
        {
            job.Cancel(time);
        }
    }

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

/// <summary>Configuration section "Import": how many imports run at once and how many may wait.</summary>
public sealed class ImportQueueOptions
{
    public int MaxConcurrent { get; set; } = 1;
    public int MaxQueued { get; set; } = 20;
}
