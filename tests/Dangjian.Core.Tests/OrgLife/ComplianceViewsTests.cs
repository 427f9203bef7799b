using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.OrgLife.Compliance;
using Dangjian.Core.Organizations;
using Dangjian.Core.OrgLife.Rules;
using Dangjian.Core.OrgLife.Views;
using Shouldly;
using static Dangjian.Core.Tests.OrgLife.Given;

namespace Dangjian.Core.Tests.OrgLife;

/// <summary>Calendar spans, heat-map levels per month, this month's gaps, and the attachment checks.</summary>
public sealed class ComplianceViewsTests
{
    private static OrgCompliance Year2026(DateOnly today, params MeetingFacts[] meetings) =>
        ComplianceEngine.Evaluate([RuleSets.Default], [Branch], meetings, D(2026, 1, 1), D(2026, 12, 31), today).Single();

    [Fact]
    public void Calendar_cells_span_the_months_of_their_slot()
    {
        var grid = CalendarGrid.From(Year2026(D(2026, 11, 21)), 2026);

        grid.Rows.Single(r => r.Kind == MeetingKind.ThemeDay).Cells.Select(c => (c.FirstMonth, c.Months)).ShouldBe(Enumerable.Range(1, 12).Select(m => (m, 1)));
        grid.Rows.Single(r => r.Kind == MeetingKind.MemberAssembly).Cells.Select(c => (c.FirstMonth, c.Months)).ShouldBe([(1, 3), (4, 3), (7, 3), (10, 3)]);
        grid.Rows.Single(r => r.Kind == MeetingKind.PartyLecture).Cells.Single().Months.ShouldBe(12);
    }

    [Fact]
    public void A_month_is_held_only_when_every_required_slot_ending_in_it_is()
    {
        var today = D(2026, 11, 21);
        var march = new[]
        {
            Meeting(MeetingKind.ThemeDay, D(2026, 3, 10)), Meeting(MeetingKind.BranchCommittee, D(2026, 3, 3)),
            Meeting(MeetingKind.MemberAssembly, D(2026, 2, 20)),
        };
        var heat = HeatMapGrid.From([(Branch.Id, "一村党支部", Year2026(today, march))], 2026).Rows.Single();

        heat.Months[2].Level.ShouldBe(HeatLevel.Held);
        heat.Months[0].Level.ShouldBe(HeatLevel.Missing);
        heat.Months[0].Open.ShouldBe([MeetingKind.BranchCommittee, MeetingKind.ThemeDay], ignoreOrder: true);
        heat.Months[10].Level.ShouldBe(HeatLevel.Pending, "November is not over");

        var late = HeatMapGrid.From([(Branch.Id, "一村党支部", Year2026(today, [.. march.Take(1), Meeting(MeetingKind.BranchCommittee, D(2026, 3, 3), enteredDaysLater: 30), march[2]]))], 2026);
        late.Rows.Single().Months[2].Level.ShouldBe(HeatLevel.HeldLate);
    }

    [Fact]
    public void Gaps_are_the_unsatisfied_slots_ending_this_month()
    {
        var today = D(2026, 12, 5);
        var org = ComplianceEngine.Evaluate([RuleSets.Default], [Branch], [Meeting(MeetingKind.ThemeDay, D(2026, 12, 1))],
            D(2026, 12, 1), D(2026, 12, 31), today);

        var gaps = MonthGaps.Of(org, today).Single().Open.Select(s => s.Kind).ToList();

        gaps.ShouldContain(MeetingKind.BranchCommittee);
        gaps.ShouldContain(MeetingKind.PartyLecture);
        gaps.ShouldNotContain(MeetingKind.ThemeDay);
        gaps.ShouldNotContain(MeetingKind.GroupMeeting, "optional rules are never a gap");
    }

    [Theory]
    [InlineData("记录.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, 100, "application/pdf", null)]
    [InlineData("照片.JPG", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, 100, "image/jpeg", null)]
    [InlineData("签到表.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04 }, 100, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", null)]
    [InlineData("a.exe", new byte[] { 0x4D, 0x5A }, 100, null, "只能上传PDF、JPG、PNG、DOCX格式的附件")]
    [InlineData("a.png", new byte[] { 0x25, 0x50, 0x44, 0x46 }, 100, null, "文件内容与扩展名不符，只能上传PDF、JPG、PNG、DOCX格式的附件")]
    [InlineData("a.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46 }, (10 * 1024 * 1024) + 1, null, "附件不能超过10 MB")]
    [InlineData("a.pdf", new byte[0], 0, null, "请选择要上传的文件（文件不能为空）")]
    public void Attachments_are_checked_by_name_size_and_first_bytes(string name, byte[] head, long length, string? type, string? error) =>
        AttachmentRules.Check(name, length, head).ShouldBe((type, error));
}
