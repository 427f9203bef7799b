namespace Dangjian.Core.Members;

/// <summary>Chinese UI names of the people enums.</summary>
public static class PeopleLabels
{
    public static string Of(Sex sex) => sex == Sex.Male ? "男" : "女";

    public static string Of(MemberStatus status) => status == MemberStatus.Full ? "正式党员" : "预备党员";

    public static string Of(MemberState state) => state switch
    {
        MemberState.Active => "在册",
        MemberState.TransferredOut => "已转出",
        MemberState.Stopped => "停止党籍",
        MemberState.Deceased => "已去世",
        _ => state.ToString(),
    };

    public static string Of(TransferKind kind) => kind switch
    {
        TransferKind.In => "转入",
        TransferKind.Out => "转出",
        _ => "县内转接",
    };

    public static string Of(Education education) => education switch
    {
        Education.Primary => "小学",
        Education.JuniorHigh => "初中",
        Education.HighSchool => "高中",
        Education.Vocational => "中专",
        Education.College => "大专",
        Education.Bachelor => "本科",
        Education.Postgraduate => "研究生",
        _ => education.ToString(),
    };
}
