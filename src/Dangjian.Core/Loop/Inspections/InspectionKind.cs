namespace Dangjian.Core.Loop.Inspections;

public enum InspectionKind
{
    /// <summary>两随机: inspectors and targets drawn at random (the draw is recorded and reproducible).</summary>
    RandomDraw,

    /// <summary>四不两直: unannounced.</summary>
    Unannounced,

    /// <summary>专项.</summary>
    Special,

    /// <summary>日常督查.</summary>
    Routine,
}
