using Dangjian.Core.Development;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Core.Operations;
using Dangjian.Core.Tests.Cadres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Shouldly;

namespace Dangjian.Core.Tests.Development;

public sealed class PipelineTests
{
    private static readonly DateOnly Today = new(2027, 6, 1);
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2027, 6, 1, 2, 0, 0, TimeSpan.Zero));

    private static CaseDraft Applicant(int branch, DateOnly appliedOn) => new(branch, "陈立", Sex.Male, new DateOnly(1990, 1, 1), Education.HighSchool, appliedOn);

    private static void ShouldBeSaved(EntryResult result, string because = "")
    {
        result.Succeeded.ShouldBeTrue($"{because} {string.Join("；", result.Errors.Values)}");
        result.Warnings.ShouldBeEmpty(because);
    }

    [Fact]
    public async Task Admission_creates_the_probationary_member_and_cancellation_stops_it_after_one_extension()
    {
        await using var database = await CadreDatabase.CreateAsync();
        await using var db = database.Open();
        var county = await CadreDatabase.AddOrganizationAsync(db, "县委", OrgLevel.CountyCommittee);
        var branch = await CadreDatabase.AddOrganizationAsync(db, "甲村党支部", OrgLevel.Branch, county);
        var (steps, cases) = (new DevelopmentStepEntry(db, Clock), new DevelopmentCaseEntry(db, Clock));
        var started = await steps.StartAsync(Applicant(branch.Id, new DateOnly(2024, 1, 8)));
        ShouldBeSaved(started);
        var c = await db.DevelopmentCases.Include(x => x.Steps).SingleAsync(x => x.Id == started.Id);
        c.RuleSet.ShouldBe("2014年细则");

        var plan = Cases.AppliedOn(c.AppliedOn).Through(5, new DateOnly(2024, 2, 1))
            .With(new StepEntry(6, new DateOnly(2024, 8, 1))).With(new StepEntry(6, new DateOnly(2025, 1, 20)))
            .Through(11, new DateOnly(2025, 2, 3))
            .With(new StepEntry(12, new DateOnly(2025, 3, 14)) { NoticeFrom = new DateOnly(2025, 3, 10), NoticeTo = new DateOnly(2025, 3, 14) })
            .Through(14, new DateOnly(2025, 3, 20)).With(Cases.Valid(15, new DateOnly(2025, 4, 1))).Through(17, new DateOnly(2025, 5, 6));
        foreach (var step in plan.Facts.Done.Skip(1))
        {
            ShouldBeSaved(await steps.RecordAsync(c.Id, c.Version, step, null), $"step {step.Step}");
        }

        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == c.MemberId);
        (member.Status, member.JoinedOn, member.State).ShouldBe((MemberStatus.Probationary, new DateOnly(2025, 4, 1), MemberState.Active));
        c.Stage.ShouldBe(DevelopmentStage.Probationary);

        ShouldBeSaved(await cases.ExtendAsync(c.Id, c.Version, 12, Today));
        (await cases.ExtendAsync(c.Id, c.Version, 6, Today)).Errors["Months"].ShouldContain("只能延长一次");
        (await DevelopmentTimeline.LoadAsync(db, c)).ProbationEnd(c.Facts()).ShouldBe(new DateOnly(2027, 4, 1));

        ShouldBeSaved(await cases.CloseAsync(c.Id, c.Version, "延长预备期满仍不具备党员条件", null));
        c.State.ShouldBe(CaseState.Cancelled);
        c.ClosedOn.ShouldBe(Today, "no date given: today");
        (await db.Members.AsNoTracking().SingleAsync(m => m.Id == c.MemberId)).State.ShouldBe(MemberState.Stopped);
        (await steps.RecordAsync(c.Id, c.Version, new StepEntry(18, Today), null)).Errors[""].ShouldContain("已终止");
    }

    [Fact]
    public async Task A_late_step_is_saved_with_its_warning_and_a_stale_or_foreign_case_is_refused()
    {
        await using var database = await CadreDatabase.CreateAsync();
        await using var db = database.Open();
        var county = await CadreDatabase.AddOrganizationAsync(db, "县委", OrgLevel.CountyCommittee);
        var branch = await CadreDatabase.AddOrganizationAsync(db, "甲村党支部", OrgLevel.Branch, county);
        var steps = new DevelopmentStepEntry(db, Clock);
        (await steps.StartAsync(Applicant(county.Id, Today))).Errors["OrganizationId"].ShouldBe("请选择本人管辖范围内的党组织");
        (await steps.StartAsync(Applicant(branch.Id, Today.AddYears(-40)))).Errors["AppliedOn"].ShouldContain("年满18岁方可申请入党");
        var id = (await steps.StartAsync(Applicant(branch.Id, Today.AddMonths(-5)))).Id!.Value;

        var stale = await steps.RecordAsync(id, 1, new StepEntry(StepNumbers.Talk, Today), null);
        stale.Errors.ShouldBe(new Dictionary<string, string> { ["Version"] = DevelopmentStepEntry.Stale });
        (await steps.RecordAsync(id + 1000, 0, new StepEntry(StepNumbers.Talk, Today), null)).NotFound.ShouldBeTrue();
        (await new DevelopmentCaseEntry(db, Clock).CloseAsync(id, 0, " ", Today.AddDays(1))).Errors.Keys.Order().ShouldBe(["ClosedOn", "Reason"]);
        (await db.DevelopmentSteps.CountAsync(s => s.CaseId == id)).ShouldBe(1, "nothing recorded while refused");

        var late = await steps.RecordAsync(id, 0, new StepEntry(StepNumbers.Talk, Today), null);
        late.Succeeded.ShouldBeTrue(string.Join("；", late.Errors.Values));
        late.Warnings.Single().ShouldContain("已逾期");
        (await db.DevelopmentSteps.CountAsync(s => s.CaseId == id)).ShouldBe(2, "a warning does not refuse the step");
    }
}
