namespace Dangjian.Core.Loop.Inspections;

public static class InspectionLabels
{
    public static string Of(InspectionKind kind) => kind switch
    {
        InspectionKind.RandomDraw => "“两随机”督查",
        InspectionKind.Unannounced => "“四不两直”督查",
        InspectionKind.Special => "专项督查",
        _ => "日常督查",
    };
}
