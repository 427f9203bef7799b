using Dangjian.Core.Development;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Core.Tests.Cadres;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Development;

public sealed class PipelineTests
{
    [Fact]
    public async Task Admission_creates_the_probationary_member_and_cancellation_stops_it_after_one_extension()
    {
        await using var database = await CadreDatabase.CreateAsync();
        await using var db = database.Open();
        var county = await CadreDatabase.AddOrganizationAsync(db, "县委", OrgLevel.CountyCommittee);
        var branch = await CadreDatabase.AddOrganizationAsync(db, "甲村党支部", OrgLevel.Branch, county);
        var pipeline = new DevelopmentPipeline(db);
        var today = new DateOnly(2027, 6, 1);
        var c = new DevelopmentCase { OrganizationId = branch.Id, Name = "陈立", BirthDate = new DateOnly(1990, 1, 1), AppliedOn = new DateOnly(2024, 1, 8) };
        (await pipeline.StartAsync(c, today)).Findings.ShouldBeEmpty();
        c.RuleSet.ShouldBe("2014年细则");

        var plan = Cases.AppliedOn(c.AppliedOn).Through(5, new DateOnly(2024, 2, 1))
            .With(new StepEntry(6, new DateOnly(2024, 8, 1))).With(new StepEntry(6, new DateOnly(2025, 1, 20)))
            .Through(11, new DateOnly(2025, 2, 3))
            .With(new StepEntry(12, new DateOnly(2025, 3, 14)) { NoticeFrom = new DateOnly(2025, 3, 10), NoticeTo = new DateOnly(2025, 3, 14) })
            .Through(14, new DateOnly(2025, 3, 20)).With(Cases.Valid(15, new DateOnly(2025, 4, 1))).Through(17, new DateOnly(2025, 5, 6));
        foreach (var step in plan.Facts.Done.Skip(1))
        {
            (await pipeline.RecordAsync(c, step, null, today)).ShouldBeEmpty($"step {step.Step}");
        }

        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == c.MemberId);
        (member.Status, member.JoinedOn, member.State).ShouldBe((MemberStatus.Probationary, new DateOnly(2025, 4, 1), MemberState.Active));
        c.Stage.ShouldBe(DevelopmentStage.Probationary);

        (await pipeline.ExtendAsync(c, 12, today)).ShouldBeEmpty();
        (await pipeline.ExtendAsync(c, 6, today)).Single().Message.ShouldContain("只能延长一次");
        (await pipeline.TimelineAsync(c)).ProbationEnd(c.Facts()).ShouldBe(new DateOnly(2027, 4, 1));

        (await pipeline.CloseAsync(c, today, "延长预备期满仍不具备党员条件")).ShouldBeNull();
        c.State.ShouldBe(CaseState.Cancelled);
        (await db.Members.AsNoTracking().SingleAsync(m => m.Id == c.MemberId)).State.ShouldBe(MemberState.Stopped);
        (await pipeline.RecordAsync(c, new StepEntry(18, today), null, today)).Single().Message.ShouldContain("已终止");
    }
}
