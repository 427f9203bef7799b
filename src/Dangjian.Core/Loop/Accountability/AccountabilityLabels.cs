using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;

namespace Dangjian.Core.Loop.Accountability;

public static class AccountabilityLabels
{
    public static string Of(TalkTarget target) => target switch
    {
        TalkTarget.BranchSecretary => "党组织书记",
        TalkTarget.Cadre => "村“两委”干部",
        _ => "党员",
    };

    public static string Of(HonorRollColour roll) => roll == HonorRollColour.Red ? "红榜" : "黑榜";
}
