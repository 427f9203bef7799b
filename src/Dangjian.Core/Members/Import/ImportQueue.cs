using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dangjian.Core.Members.Import;

/// <summary>
/// Runs queued imports, at most Import:MaxConcurrent at a time (default 1: an import is one long transaction). On
/// shutdown running imports are cancelled (their transactions roll back) and waiting ones end as cancelled.
/// </summary>
public sealed class ImportQueue(ImportJobs jobs, IOptions<ImportQueueOptions> options, TimeProvider time, ILogger<ImportQueue> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(Math.Max(1, options.Value.MaxConcurrent));
        var running = new List<Task>();
        try
        {
            while (true)
            {
                // a slot first, then a job: a stop while waiting for either leaves the job in the queue
                await slots.WaitAsync(stoppingToken);
                var job = await jobs.Waiting.ReadAsync(stoppingToken);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(RunAsync(job, slots, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await Task.WhenAll(running);
            jobs.CancelWaiting();
        }
    }

    private async Task RunAsync(ImportJob job, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await job.RunAsync(time, log, stoppingToken);
        }
        finally
        {
            slots.Release();
        }
    }
}
