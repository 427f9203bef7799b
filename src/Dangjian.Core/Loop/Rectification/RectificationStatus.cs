using Dangjian.Core.Loop.Notices;

namespace Dangjian.Core.Loop.Rectification;

public enum RectificationStatus
{
    /// <summary>整改中.</summary>
    Open,

    /// <summary>已报送整改材料, waiting for sign-off.</summary>
    Submitted,

    /// <summary>已销号.</summary>
    SignedOff,
}
