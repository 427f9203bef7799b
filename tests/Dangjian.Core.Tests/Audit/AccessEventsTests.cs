using Dangjian.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Audit;

/// <summary>The entries of <see cref="AccessEvents"/>: action, actor, target, result and details of each sign-in and refusal.</summary>
public class AccessEventsTests
{
    [Fact]
    public async Task Sign_ins_are_logged_under_the_name_typed_from_the_requests_address_and_refusals_under_the_request()
    {
        await using var database = await AuditDatabase.CreateAsync();
        database.Actor = new AuditActor("anonymous", null, null, "10.0.0.9");
        await using (var db = database.Open())
        {
            var access = new AccessEvents(db, database.Writer, database.Actor);
            await access.PasswordSignInAsync("clerk", succeeded: true, lockedOut: false, notAllowed: false);
            await access.PasswordSignInAsync("liaison", succeeded: false, lockedOut: true, notAllowed: false);
            await access.PasswordSignInAsync("branch", succeeded: false, lockedOut: false, notAllowed: true);
            await access.PasswordSignInAsync("nobody", succeeded: false, lockedOut: false, notAllowed: false);
            await access.SecondFactorAsync("auditor", 12, 1, succeeded: false);
            await access.DeniedAsync("POST", "/Members/Edit/5");
        }

        var rows = (await database.EntriesAsync())
            .Select(e => (e.Action, e.UserName, e.UserId, e.Ip, e.TargetType, e.TargetId, e.Result, e.Details)).ToList();
        rows.ShouldBe(
        [
            (AuditAction.LoginSucceeded, "clerk", null, "10.0.0.9", "Account", "clerk", AuditResult.Success, null),
            (AuditAction.LoginFailed, "liaison", null, "10.0.0.9", "Account", "liaison", AuditResult.Failure, "locked out"),
            (AuditAction.LoginFailed, "branch", null, "10.0.0.9", "Account", "branch", AuditResult.Failure, "awaiting release"),
            (AuditAction.LoginFailed, "nobody", null, "10.0.0.9", "Account", "nobody", AuditResult.Failure, null),
            (AuditAction.LoginFailed, "auditor", 12, "10.0.0.9", "Account", "auditor", AuditResult.Failure, "second factor"),
            (AuditAction.Forbidden, "anonymous", null, "10.0.0.9", "Page", "POST /Members/Edit/5", AuditResult.Denied, null),
        ]);
        (await database.VerifyAsync()).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task A_checkpoint_covers_its_own_export_and_the_csv_export_logs_its_row_count_before_the_rows()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await database.AddOrganizationAsync("城关镇党委");
        var dir = Directory.CreateTempSubdirectory("dangjian-checkpoint-").FullName;
        try
        {
            var key = CheckpointKey.Resolve(null, dir);
            await using var db = database.Open();
            var (checkpoint, verification) = await new CheckpointExport(db, database.Writer, database.Actor,
                new AuditCheckpoints(database.Key, key), TimeProvider.System).IssueAsync();
            verification.Ok.ShouldBeTrue();
            checkpoint!.Count.ShouldBe(2);
            var exported = await db.AuditEntries.SingleAsync(e => e.Sequence == 2);
            (exported.Action, exported.TargetType, exported.TargetId, exported.UserName, exported.Details)
                .ShouldBe((AuditAction.Export, "AuditCheckpoint", null, "clerk01", null));

            using var csv = new MemoryStream();
            await new AuditCsvExport(db, database.Writer, database.Actor).WriteAsync(q => q.Where(e => e.TargetType != "Organization"), csv);
            var lines = new System.Text.UTF8Encoding(true).GetString(csv.ToArray()).TrimStart('\uFEFF')
                .Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
            lines.Length.ShouldBe(3);
            lines[0].ShouldBe("序号,时间,用户,IP,操作,对象类型,对象编号,结果,详情,哈希");
            lines[1].ShouldStartWith("2,");
            lines[2].ShouldStartWith("3,");
            lines[2].ShouldContain(",\"clerk01\",\"10.0.0.8\",导出,\"AuditEntry\",,成功,\"{\"\"rows\"\":1}\",");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
