namespace Dangjian.Core.Accountability;

public static class AccountabilityLabels
{
    public static string Of(TalkTarget target) => target switch
    {
        TalkTarget.BranchSecretary => "党组织书记",
        TalkTarget.Cadre => "村“两委”干部",
        _ => "党员",
    };

    public static string Of(HonorRoll roll) => roll == HonorRoll.Red ? "红榜" : "黑榜";
}
