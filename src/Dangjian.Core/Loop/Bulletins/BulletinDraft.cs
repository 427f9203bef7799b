using System.Text;
using Dangjian.Core.Documents;
using Dangjian.Core.Figures;
using Dangjian.Core.Loop.Inspections;

namespace Dangjian.Core.Loop.Bulletins;

/// <summary>Drafts a month's 督查通报 text from its facts; the clerk edits the draft before issuing it.</summary>
public static class BulletinDraft
{
    public static string Title(BulletinFacts facts) => $"关于{facts.Year}年{facts.Month}月基层党建工作督查情况的通报";

    public static string Compose(BulletinFacts facts)
    {
        var text = new StringBuilder();
        text.AppendLine("各党支部：");
        text.AppendLine($"根据年度党建重点任务清单安排，{facts.Month}月{facts.Issuer}对基层党建工作开展了督查，现将有关情况通报如下：");
        text.AppendLine("一、督查基本情况");
        if (facts.Inspections.Count == 0)
        {
            text.AppendLine("本月未开展集中督查。");
        }

        foreach (var i in facts.Inspections)
        {
            text.AppendLine($"{i.StartedOn.Month}月{i.StartedOn.Day}日，开展第{i.Round}轮{InspectionLabels.Of(i.Kind)}（{i.Title}），督查党组织{i.Targets}个。");
        }

        text.AppendLine("二、发现的主要问题");
        if (facts.Findings.Count == 0)
        {
            text.AppendLine("本月督查未发现需整改的问题。");
        }

        var n = 1;
        foreach (var f in facts.Findings)
        {
            text.AppendLine($"{Ordinal(n++)}是{f.Organization}：{f.Description.TrimEnd('。')}。");
        }

        text.AppendLine("三、整改落实情况");
        var rate = FigureFormat.PercentText(facts.ItemsSignedOff, facts.ItemsTotal);
        text.AppendLine($"截至{facts.Through}，累计交办整改事项{facts.ItemsTotal}件，已销号{facts.ItemsSignedOff}件，销号率{rate}；逾期未整改{facts.ItemsOverdue}件。");
        if (facts.OverdueOrganizations.Count > 0)
        {
            text.AppendLine($"逾期未整改的党组织：{string.Join('、', facts.OverdueOrganizations)}。");
        }

        text.AppendLine("四、下一步工作要求");
        text.AppendLine("各党支部要对照问题清单逐项整改，按期报送整改佐证材料；超期未整改的，由镇党委对支部书记进行约谈。");
        return text.ToString();
    }

    /// <summary>The bulletin as a 公文: red header, 期号 line, title, body, signature and date.</summary>
    public static GongwenDocument Document(Bulletin bulletin, string issuer) => new(bulletin.Title, GongwenDocument.Blocks(bulletin.Text))
    {
        Header = "党建工作督查通报",
        NumberLine = $"{bulletin.IssueLabel}　　　　{issuer}",
        Signature = issuer,
        Date = bulletin.IssuedOn,
    };

    private static string Ordinal(int n) => n switch
    {
        1 => "一", 2 => "二", 3 => "三", 4 => "四", 5 => "五", 6 => "六", 7 => "七", 8 => "八", 9 => "九", 10 => "十",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
