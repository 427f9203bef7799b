using Dangjian.Core.Building.Projects;
using Dangjian.Core.Loop.Contacts;

namespace Dangjian.Core.Guidance;

/// <summary>Chinese UI names of the guidance enums.</summary>
public static class GuidanceLabels
{
    public static string Of(GuidanceFamily family) => family == GuidanceFamily.ContactPoint ? "联系点类别" : "项目类别";

    public static string Of(VisitKind kind) => kind switch
    {
        VisitKind.Research => "调研",
        VisitKind.Lecture => "上党课",
        VisitKind.Guidance => "指导工作",
        VisitKind.Inspection => "督导检查",
        _ => "其他",
    };

    public static string Of(ProjectStatus status) => status switch
    {
        ProjectStatus.Planned => "计划",
        ProjectStatus.UnderWay => "在建",
        _ => "完成",
    };
}
