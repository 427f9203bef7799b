using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Shouldly;

namespace Dangjian.Core.Tests.Loop;

public sealed class RectificationWorkflowTests
{
    private const int Township = 5, Branch = 23, OtherBranch = 24;
    private static readonly DateTime Now = new(2026, 6, 10, 2, 0, 0, DateTimeKind.Utc);

    private static RectificationItem Item() => RectificationWorkflow.Raise(new RectificationItem
    {
        OrganizationId = Branch, RaisedById = Township, Problem = "三会一课记录不全", RaisedOn = new(2026, 5, 20), Deadline = new(2026, 6, 30),
    }, new RectificationActor(Township, "党建办", Now));

    [Fact]
    public void A_branch_cannot_sign_off_its_own_item_but_the_township_that_raised_it_can()
    {
        var item = Item();
        RectificationWorkflow.Submit(item, new(Branch, "支部书记", Now), "补齐记录", "会议记录本复印件").ShouldBeNull();
        RectificationWorkflow.SignOff(item, new(Branch, "支部书记", Now), null).ShouldNotBeNull();
        RectificationWorkflow.SignOff(item, new(OtherBranch, "别的支部", Now), null).ShouldNotBeNull();
        item.Status.ShouldBe(RectificationStatus.Submitted);

        RectificationWorkflow.SignOff(item, new(Township, "党建办", Now), null).ShouldBeNull();
        item.Status.ShouldBe(RectificationStatus.SignedOff);
        item.SignedOffOn.ShouldBe(new DateOnly(2026, 6, 10));
        item.ClosedOnTime.ShouldBeTrue();
    }

    [Fact]
    public void An_item_raised_by_its_owner_cannot_be_signed_off_by_anyone_at_that_level()
    {
        var item = new RectificationItem { OrganizationId = Branch, RaisedById = Branch, Problem = "x", Status = RectificationStatus.Submitted };
        RectificationWorkflow.CanSignOff(item, Branch).ShouldBeFalse();
    }

    [Fact]
    public void Sign_off_needs_submitted_evidence_and_every_change_is_recorded()
    {
        var item = Item();
        RectificationWorkflow.SignOff(item, new(Township, "党建办", Now), null).ShouldNotBeNull();
        RectificationWorkflow.Submit(item, new(Branch, "支部书记", Now), null, " ").ShouldNotBeNull();
        RectificationWorkflow.Submit(item, new(Branch, "支部书记", Now), "补齐", "记录").ShouldBeNull();
        RectificationWorkflow.SendBack(item, new(Township, "党建办", Now), "材料不全").ShouldBeNull();
        RectificationWorkflow.Submit(item, new(Branch, "支部书记", Now.AddDays(1)), null, "补充材料").ShouldBeNull();
        RectificationWorkflow.SignOff(item, new(Township, "书记", Now.AddDays(2)), null).ShouldBeNull();

        item.Changes.Select(c => (c.From, c.To)).ShouldBe([
            (null, RectificationStatus.Open),
            (RectificationStatus.Open, RectificationStatus.Submitted),
            (RectificationStatus.Submitted, RectificationStatus.Open),
            (RectificationStatus.Open, RectificationStatus.Submitted),
            (RectificationStatus.Submitted, RectificationStatus.SignedOff),
        ]);
        item.Changes[2].Note.ShouldBe("材料不全");
        item.Changes[^1].ChangedBy.ShouldBe("书记");
        item.Measures.ShouldBe("补齐");
        RectificationWorkflow.Submit(item, new(Branch, "支部书记", Now), null, "again").ShouldNotBeNull();
    }
}
