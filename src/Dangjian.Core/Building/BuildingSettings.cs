namespace Dangjian.Core.Building;

/// <summary>County-configurable building rules (configuration section "Building").</summary>
public sealed class BuildingSettings
{
    public const string Section = "Building";

    public WeakCriteria WeakCriteria { get; set; } = new();

    /// <summary>Income thresholds in 万元 for the report buckets, e.g. 15, 10, 5.</summary>
    public List<double> IncomeThresholds { get; set; } = [];

    /// <summary>
    /// false (default, the seeds' reading): each village counts in the highest bucket it reaches only
    /// ("15万元以上8个，10万元以上3个" = 8 at ≥15, 3 more in [10, 15)). true: "10万元以上" includes those above 15.
    /// </summary>
    public bool CumulativeBuckets { get; set; }

    public List<ChecklistAspect> Checklist { get; set; } = [];

    public IReadOnlyList<double> Thresholds => IncomeThresholds.Count > 0 ? IncomeThresholds : [15.0, 10.0, 5.0];

    public IReadOnlyList<ChecklistAspect> Aspects => Checklist.Count > 0 ? Checklist : StandardChecklist.Default;
}

/// <summary>Criteria of the yearly weak-organization screening; a zero or negative threshold switches one off.</summary>
public sealed class WeakCriteria
{
    public int SecretaryVacantMonths { get; set; } = 3;
    public int MissedMeetingSlots { get; set; } = 1;
    public int NoTargetYears { get; set; } = 2;
    public double SatisfactionBelow { get; set; } = 60.0;
    public bool ElectionOverdue { get; set; } = true;
}

public sealed class ChecklistAspect
{
    public string Name { get; set; } = "";
    public List<ChecklistItem> Items { get; set; } = [];
}

public sealed class ChecklistItem
{
    public string Code { get; set; } = "";
    public string Text { get; set; } = "";
}
