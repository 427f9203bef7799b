namespace Dangjian.Core.Categories;

/// <summary>The record families a county may tag with its own categories and sub-categories (docs/design/domain.md §8).</summary>
public enum RecordFamily
{
    /// <summary>工作记录 (调研, 培训, 考察学习…), besides their work category.</summary>
    Work,

    /// <summary>为民办实事与志愿服务 (扶助学生, 慰问老人…).</summary>
    Service,

    /// <summary>督查 (作风督查…).</summary>
    Inspection,

    /// <summary>会议 (专题研究党建…).</summary>
    Meeting,
}
