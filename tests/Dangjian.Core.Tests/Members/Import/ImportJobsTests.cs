using Dangjian.Core.Members.Import;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Shouldly;

namespace Dangjian.Core.Tests.Members.Import;

/// <summary>The hosted import queue: limit, cancellation on shutdown, Chinese messages instead of exception text.</summary>
public sealed class ImportJobsTests
{
    private static ImportReport Report(bool committed) => new(3, 3, committed ? 3 : 0, 0, [], [], committed, TimeSpan.FromSeconds(1));

    private static (ImportJobs Jobs, ImportQueue Queue, TestLog Log) Queue(int maxConcurrent = 1, int maxQueued = 20)
    {
        var options = Options.Create(new ImportQueueOptions { MaxConcurrent = maxConcurrent, MaxQueued = maxQueued });
        var jobs = new ImportJobs(TimeProvider.System, options);
        var log = new TestLog();
        return (jobs, new ImportQueue(jobs, options, TimeProvider.System, log), log);
    }

    [Fact]
    public async Task A_running_job_has_no_outcome_and_a_finished_one_has_its_report()
    {
        var (jobs, queue, _) = Queue();
        await queue.StartAsync(TestContext.Current.CancellationToken);
        var release = new TaskCompletionSource();
        var job = jobs.Start(7, 1, "名册.xlsx", "token", async (progress, _) =>
        {
            progress.Report(2);
            await release.Task;
            return Report(committed: true);
        })!;

        await WaitUntil(() => job.Processed == 2);
        job.IsRunning.ShouldBeTrue();
        job.Outcome.ShouldBeNull();
        job.FinishedAtUtc.ShouldBeNull();

        release.SetResult();
        await WaitUntil(() => job.Outcome is not null);
        job.Outcome!.Result!.Committed.ShouldBeTrue();
        job.Outcome.Error.ShouldBeNull();
        job.FinishedAtUtc.ShouldNotBeNull();
        await queue.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_failing_job_shows_a_Chinese_message_logs_the_exception_and_only_its_user_finds_it()
    {
        var (jobs, queue, log) = Queue();
        await queue.StartAsync(TestContext.Current.CancellationToken);
        var job = jobs.Start(7, 1, "名册.xlsx", "token", (_, _) => throw new InvalidOperationException("Npgsql: disk full at /var/lib"))!;

        await WaitUntil(() => job.Outcome is not null);
        job.Outcome!.Error.ShouldBe(ImportJob.Failed);
        job.Outcome.Error!.ShouldNotContain("disk");
        job.Outcome.Result.ShouldBeNull();
        log.Errors.ShouldContain(e => e.Message == "Npgsql: disk full at /var/lib");
        jobs.Find(job.Id, 7).ShouldBeSameAs(job);
        jobs.Find(job.Id, 8).ShouldBeNull();
        jobs.Find("no-such-job", 7).ShouldBeNull();
        await queue.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task No_more_than_the_configured_number_of_imports_run_at_once()
    {
        var (jobs, queue, _) = Queue(maxConcurrent: 2);
        await queue.StartAsync(TestContext.Current.CancellationToken);
        var release = new TaskCompletionSource();
        var now = 0;
        var most = 0;
        var started = Enumerable.Range(0, 5).Select(i => jobs.Start(7, 1, $"名册{i}.xlsx", "token", async (_, _) =>
        {
            var running = Interlocked.Increment(ref now);
            InterlockedMax(ref most, running);
            await release.Task;
            Interlocked.Decrement(ref now);
            return Report(committed: true);
        })!).ToList();

        await WaitUntil(() => Volatile.Read(ref now) == 2);
        await Task.Delay(200, TestContext.Current.CancellationToken);
        started.Count(j => j.IsRunning).ShouldBe(2);
        release.SetResult();
        await WaitUntil(() => started.All(j => j.Outcome is not null));
        most.ShouldBe(2);
        started.ShouldAllBe(j => j.Outcome!.Error == null);
        await queue.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Shutdown_cancels_the_running_import_and_the_waiting_ones()
    {
        var (jobs, queue, _) = Queue();
        await queue.StartAsync(TestContext.Current.CancellationToken);
        var cancelled = false;
        var running = jobs.Start(7, 1, "名册.xlsx", "token", async (progress, ct) =>
        {
            progress.Report(1);
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                throw;
            }

            return Report(committed: true);
        })!;
        var ran = false;
        var waiting = jobs.Start(7, 1, "名册2.xlsx", "token", (_, _) =>
        {
            ran = true;
            return Task.FromResult(Report(committed: true));
        })!;
        await WaitUntil(() => running.Processed == 1);

        await queue.StopAsync(TestContext.Current.CancellationToken);

        cancelled.ShouldBeTrue();
        running.Outcome!.Error.ShouldBe(ImportJob.Stopped);
        waiting.Outcome!.Error.ShouldBe(ImportJob.Stopped);
        ran.ShouldBeFalse();
        ImportJob.Stopped.ShouldContain("已取消");
    }

    [Fact]
    public void A_full_queue_refuses_a_new_import()
    {
        var (jobs, _, _) = Queue(maxQueued: 2);
        Task<ImportReport> Work(IProgress<int> p, CancellationToken ct) => Task.FromResult(Report(committed: true));
        jobs.Start(7, 1, "一.xlsx", "token", Work).ShouldNotBeNull();
        jobs.Start(7, 1, "二.xlsx", "token", Work).ShouldNotBeNull();
        jobs.Start(7, 1, "三.xlsx", "token", Work).ShouldBeNull();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        condition().ShouldBeTrue();
    }

    private sealed class TestLog : ILogger<ImportQueue>
    {
        public List<Exception> Errors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null)
            {
                lock (Errors)
                {
                    Errors.Add(exception);
                }
            }
        }
    }
}
