using Dangjian.Core.Indicators;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Shouldly;

namespace Dangjian.Core.Tests.Reports;

/// <summary>The paragraph editor's figures: shown as 〔名称：数值〕 and read back to the same markers; anything else refused.</summary>
public sealed class FigureChipsTests
{
    private static readonly IndicatorCatalog Catalog = new(
    [
        new IndicatorDefinition { Id = "meetings.committee", Name = "党委会议", Unit = "次", Source = "meetings" },
        new IndicatorDefinition { Id = "work.visits", Name = "走访", Unit = "次", Source = "work" },
        new IndicatorDefinition { Id = "service.visits", Name = "走访", Unit = "人次", Source = "service" },
    ]);

    private static readonly FigureChips Chips = new(Catalog, new Dictionary<string, string>
    {
        ["fig:meetings.committee"] = "12次", ["cmp:meetings.committee"] = "，较上年增长20.0%", ["fig:work.visits"] = "3次",
    });

    private const string Stored = "召开党委会议{{fig:meetings.committee}}{{cmp:meetings.committee}}，走访{{fig:work.visits}}，慰问{{fig:service.visits}}。";

    [Fact]
    public void A_paragraph_is_shown_without_markers_and_reads_back_to_the_same_markers()
    {
        var shown = Chips.Display(Stored);

        shown.ShouldBe("召开党委会议〔党委会议：12次〕〔党委会议（比较）：较上年增长20.0%〕，走访〔走访（work.visits）：3次〕，慰问〔走访（service.visits）：无数据〕。");
        Chips.Read(shown).ShouldBe((Stored, null));
        Chips.Read("今年" + shown.Replace("，慰问〔走访（service.visits）：无数据〕", "", StringComparison.Ordinal))
            .ShouldBe(("今年召开党委会议{{fig:meetings.committee}}{{cmp:meetings.committee}}，走访{{fig:work.visits}}。", null));
    }

    [Fact]
    public void Markers_posted_by_the_script_are_kept_and_a_document_number_in_hexagonal_brackets_is_plain_text()
    {
        Chips.Read("根据县委发〔2024〕3号文件，召开党委会议{{fig:meetings.committee}}。").ShouldBe(("根据县委发〔2024〕3号文件，召开党委会议{{fig:meetings.committee}}。", null));
    }

    [Theory]
    [InlineData("召开{{fig:meetings.nothing}}", "数字（meetings.nothing）不是本县可用的指标")]
    [InlineData("召开{{fig:meetings.committee}", "不完整的数字标记")]
    [InlineData("召开{{ fig:meetings.committee }}", "不完整的数字标记")]
    [InlineData("召开〔党委会：12次〕", "“〔党委会：12次〕”不是报告中的数字")]
    [InlineData("召开〔党委会议：13次〕", "当前为12次")]
    [InlineData("召开〔党委会议：12次。", "“〔党委会议：…”不完整")]
    public void An_unknown_altered_or_broken_figure_is_refused(string posted, string message)
    {
        var (text, error) = Chips.Read(posted);

        text.ShouldBeNull();
        error.ShouldNotBeNull().ShouldStartWith("未保存：");
        error.ShouldContain(message);
    }

    [Fact]
    public void The_editor_parts_mark_an_unknown_marker_as_a_broken_chip()
    {
        var parts = Chips.Parts("召开{{fig:meetings.committee}}，{{fig:gone}}").ToList();

        parts.Select(p => p.Chip?.Shown ?? p.Text).ShouldBe(["召开", "12次", "，", "已停用"]);
        parts[3].Chip!.Known.ShouldBeFalse();
        Chips.KeysIn("〔党委会议：12次〕{{fig:work.visits}}").ShouldBe(["fig:meetings.committee", "fig:work.visits"]);
    }
}
