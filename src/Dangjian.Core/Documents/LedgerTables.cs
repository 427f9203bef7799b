using System.Globalization;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Meetings.Ledger;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dangjian.Core.Documents;

/// <summary>The tables of the 三会一课 台账: the summary by kind and one record sheet per meeting.</summary>
internal static class LedgerTables
{
    public static Table Summary(IReadOnlyList<LedgerKindLine> lines) => GongwenTable.Create(
        [28, 17, 14, 14, 15],
        new[] { Labels("会议类型", "开展要求", "全年应开", "实开", "未达标") }
            .Concat(lines.Select(l => (IReadOnlyList<GongwenCell>)
            [
                new(OrgLifeLabels.Of(l.Kind)), new(l.Requirement, Centred: true), new(Count(l.Due), Centred: true),
                new(Count(l.Held), Centred: true), new(Count(l.Unmet), Centred: true),
            ]))
            .ToList());

    public static Table Entry(LedgerEntry e) => GongwenTable.Create(
        [17, 33, 17, 33],
        [
            [Label(MeetingLedgerDocx.EntryFirstLabel), new(GongwenDocument.DateText(e.HeldOn)), Label("会议类型"), new(e.KindText)],
            [Label("会议地点"), new(e.Place ?? ""), Label("主持人"), new(e.Chair ?? "")],
            [Label("主讲人"), new(e.Speaker ?? ""), Label("录入"), new(Entered(e))],
            [Label("会议主题"), new(e.Topic, 3)],
            [Label("参会情况"), new($"应到{e.Due}人，实到{e.Present}人，请假{e.OnLeave}人，缺席{e.Absent}人", 3)],
            [Label("请假人员"), new(Names(e, AttendanceStatus.OnLeave), 3)],
            [Label("缺席人员"), new(Names(e, AttendanceStatus.Absent), 3)],
            [Label("会议记录"), new(e.Minutes is { Length: > 0 } m ? m : "（未录入会议记录）", 3)],
        ],
        keepTogether: true);

    private static GongwenCell[] Labels(params string[] texts) => texts.Select(Label).ToArray();

    private static GongwenCell Label(string text) => new(text, Label: true);

    private static string Count(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "—";

    private static string Names(LedgerEntry e, AttendanceStatus status) =>
        e.Absences.Where(a => a.Status == status).Select(a => a.Text).DefaultIfEmpty("无").Aggregate((a, b) => $"{a}、{b}");

    /// <summary>When and by whom it was entered, in Beijing time, marked 代录 when entered on the organization's behalf.</summary>
    private static string Entered(LedgerEntry e) =>
        $"{e.EnteredAtBeijing.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}{(e.EnteredBy is { Length: > 0 } by ? " " + by : "")}{(e.EnteredByProxy ? "（代录）" : "")}";
}
