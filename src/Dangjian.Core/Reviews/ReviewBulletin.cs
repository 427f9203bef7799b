using System.Text;
using Dangjian.Core.Documents;
using Dangjian.Core.Figures;

namespace Dangjian.Core.Reviews;

/// <summary>
/// The results bulletin (述职评议考核结果通报) as a 公文: overall picture and grade counts, the ranking, the flagged and
/// their talks, and the comments that became rectification items. Written by <see cref="GongwenWriter"/>.
/// </summary>
public static class ReviewBulletin
{
    public static string Title(ReviewPlan plan) => $"关于{plan.Year}年度抓基层党建工作述职评议考核结果的通报";

    /// <param name="ranked">Participants with their organizations, in rank order (published results).</param>
    /// <param name="comments">The plan's comments with participants (and their organizations) and rectification items.</param>
    public static string Text(ReviewPlan plan, string issuer, bool county, IReadOnlyList<ReviewParticipant> ranked, IReadOnlyList<ReviewComment> comments)
    {
        var rules = plan.Rules();
        var w = rules.Weights;
        var text = new StringBuilder();
        text.AppendLine(county ? "各乡镇党委：" : "各基层党组织：");
        text.AppendLine($"根据年度工作安排，{issuer}组织开展了{plan.Year}年度{(county ? "乡镇党委书记" : "基层党组织书记")}抓基层党建工作述职评议考核。"
            + "经书面述职、一述一评、民主测评和综合评定，现将结果通报如下：");
        text.AppendLine("一、总体情况");
        var grades = Enum.GetValues<ReviewGrade>().Select(g => $"“{ReviewLabels.Of(g)}”等次{ranked.Count(p => p.Grade == g)}个");
        text.AppendLine($"本次共有{ranked.Count}名党组织书记参加述职评议考核。综合得分由客观指标得分（占{FigureFormat.Trimmed(w.Objective)}%）、民主测评得分（占{FigureFormat.Trimmed(w.Democratic)}%）"
            + $"和评议组评分（占{FigureFormat.Trimmed(w.Reviewer)}%）构成。评定{string.Join("，", grades)}。");
        text.AppendLine("二、综合排名");
        foreach (var p in ranked)
        {
            text.AppendLine($"第{p.Rank}名：{p.Organization?.Name}（书记{p.SecretaryName ?? "空缺"}），综合得分{ReviewLabels.Score(p.Total)}分，等次为“{ReviewLabels.Of(p.Grade)}”。");
        }

        text.AppendLine($"三、{ReviewLabels.Of(rules.FlagAction)}");
        var flagged = ranked.Where(p => p.Flagged).ToList();
        text.AppendLine(flagged.Count == 0
            ? $"本次述职评议考核没有需要{ReviewLabels.Of(rules.FlagAction)}的党组织书记。"
            : $"对综合排名后{flagged.Count}位的{string.Join("、", flagged.Select(p => $"{p.Organization?.Name}书记{p.SecretaryName}"))}进行{ReviewLabels.Of(rules.FlagAction)}，"
              + "督促其认真查摆问题、限期整改提升。");
        text.AppendLine("四、点评问题整改要求");
        if (comments.Count == 0)
        {
            text.AppendLine("本次评议未提出需整改的点评问题。");
        }
        else
        {
            var due = comments.Select(c => c.RectificationItem?.Deadline).OfType<DateOnly>().DefaultIfEmpty(rules.RectificationDue.In(plan.Year + 1)).Max();
            text.AppendLine($"评议中领导点评指出问题{comments.Count}个，已全部列为{plan.Year + 1}年度整改事项，整改期限至{GongwenDocument.DateText(due)}。主要问题：");
            var n = 1;
            foreach (var c in comments)
            {
                text.AppendLine($"{Reports.ChineseNumbers.Of(n++)}是{c.Participant?.Organization?.Name}：{c.Text.Trim().TrimEnd('。')}。");
            }

            text.AppendLine($"各党组织要对照点评问题逐项制定整改措施，按期报送整改情况，整改落实情况作为{plan.Year + 1}年度述职评议考核的重要内容。");
        }

        return text.ToString();
    }

    public static GongwenDocument Document(ReviewPlan plan, string issuer, bool county, IReadOnlyList<ReviewParticipant> ranked, IReadOnlyList<ReviewComment> comments, DateOnly date) =>
        new(Title(plan), GongwenDocument.Blocks(Text(plan, issuer, county, ranked, comments))) { Signature = issuer, Date = date };
}
