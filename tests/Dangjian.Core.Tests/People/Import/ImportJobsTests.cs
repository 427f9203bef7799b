using Dangjian.Core.People.Import;
using Shouldly;

namespace Dangjian.Core.Tests.People.Import;

public sealed class ImportJobsTests
{
    private static ImportReport Report(bool committed) => new(3, 3, committed ? 3 : 0, 0, [], [], committed, TimeSpan.FromSeconds(1));

    [Fact]
    public async Task A_running_job_has_no_outcome_and_a_finished_one_has_its_report()
    {
        var jobs = new ImportJobs(TimeProvider.System);
        var release = new TaskCompletionSource();
        var job = jobs.Start(7, 1, "名册.xlsx", "token", async (progress, _) =>
        {
            progress.Report(2);
            await release.Task;
            return Report(committed: true);
        });

        await WaitUntil(() => job.Processed == 2);
        job.Outcome.ShouldBeNull();
        job.FinishedAtUtc.ShouldBeNull();

        release.SetResult();
        await WaitUntil(() => job.Outcome is not null);
        job.Outcome!.Result!.Committed.ShouldBeTrue();
        job.Outcome.Error.ShouldBeNull();
        job.FinishedAtUtc.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_failing_job_keeps_the_error_and_only_its_user_finds_it()
    {
        var jobs = new ImportJobs(TimeProvider.System);
        var job = jobs.Start(7, 1, "名册.xlsx", "token", (_, _) => throw new InvalidOperationException("磁盘已满"));

        await WaitUntil(() => job.Outcome is not null);
        job.Outcome!.Error.ShouldBe("磁盘已满");
        job.Outcome.Result.ShouldBeNull();
        jobs.Find(job.Id, 7).ShouldBeSameAs(job);
        jobs.Find(job.Id, 8).ShouldBeNull();
        jobs.Find("no-such-job", 7).ShouldBeNull();
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        condition().ShouldBeTrue();
    }
}
