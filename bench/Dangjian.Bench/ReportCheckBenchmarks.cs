using System.Text;
using BenchmarkDotNet.Attributes;
using Dangjian.Core.Reports.Check;

namespace Dangjian.Bench;

/// <summary>
/// Issue #17: checking a 20-page duty report (公文 layout: 22 lines × 28 characters a page, so about 12,300 characters)
/// must take under 1 s. The report is built from report-like paragraphs holding figures and the usual defects.
/// Run: <c>dotnet run -c Release --project bench/Dangjian.Bench -- --filter '*ReportCheckBenchmarks*' --inProcess</c>.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
[MemoryDiagnoser]
public class ReportCheckBenchmarks
{
    private const int Pages = 20;
    private const int CharactersPerPage = 22 * 28;

    private static readonly string[] Paragraphs =
    [
        "一是聚焦主责主业，认真履行主体责任。年内主持召开党委会议25次，党建工作专题会议3次，组织开展党建调研8次，党建督查12次，为党员干部上党课4次，约谈村党组织书记25人次，联系包抓2个基层软弱涣散党组织完成整顿转化。",
        "二是聚焦队伍建设。储备村级后备干部**名，发展正式党员12名，预备党员6名，其中35岁以下党员10名，村党组织书记平均年龄由52.3岁下降到45.8岁，下降12.4%；高中及以上学历占比68%，较上届提高5个百分点。",
        "三是聚焦先锋引领。全镇蔬菜、瓜类、花卉制种面积达到2.3万亩，集体经济收入15万元以上的村达到8个，10万元以上的村达到3个，，5万元以上的村达到2个；组织开展“学优秀树标杆走前列活动，培训党员一千二百余人次。",
        "四是聚焦制度建设。制定抓党建“1+3”工作机制，通过任务清单、督查清单、整改清单三项清单和月督查、季考核两项制度推动落实，2022年，全镇新建党群服务中心三处，更多精彩请关注公众号，详见www.example.cn。",
    ];

    public string Report { get; private set; } = "";

    [GlobalSetup]
    public void Setup() => Report = Build();

    [Benchmark]
    public int Check() => ReportChecker.Check(Report, 2023).Findings.Count;

    public static string Build()
    {
        var text = new StringBuilder("根据会议安排，现将本人2023年度履行抓基层党建工作职责情况报告如下：\n一、履职工作特色和亮点\n");
        for (var i = 0; text.Length < Pages * CharactersPerPage; i++)
        {
            if (i == Paragraphs.Length * 6)
            {
                text.Append("二、存在的主要问题及原因\n");
            }

            text.Append(Paragraphs[i % Paragraphs.Length]).Append('\n');
        }

        return text.Append("三、下一步工作思路和措施\n2024年，力争建成示范村5个。\n").ToString();
    }
}
