namespace Dangjian.Core.Building;

/// <summary>Chinese names of the levels titles and honours are conferred at.</summary>
public static class TitleLevels
{
    public static string Of(TitleLevel level) => level switch
    {
        TitleLevel.District => "区级",
        TitleLevel.County => "县级",
        TitleLevel.City => "市级",
        TitleLevel.Province => "省级",
        _ => "国家级",
    };
}
