using Dangjian.Core.Loop.Notices;

namespace Dangjian.Core.Loop.Rectification;

public enum RectificationSource
{
    /// <summary>督查发现.</summary>
    Inspection,

    /// <summary>述职评议点评.</summary>
    ReviewComment,

    /// <summary>自我查找.</summary>
    SelfFound,
}
