namespace Dangjian.Core.Tests.Reports.Check;

/// <summary>The hand-written test data beside these tests (copied to the output folder): the seeds and the labelled set.</summary>
public static class CheckData
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Reports", "Check", "Data", name);

    public static string Seed(string seed) => File.ReadAllText(Path($"seed{seed}.txt"));

    /// <summary>The tab-separated rows of a data file, comments and blank lines skipped.</summary>
    public static IReadOnlyList<string[]> Rows(string name) =>
        File.ReadAllLines(Path(name)).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
}

/// <summary>Precision and recall counts of one measured kind.</summary>
public sealed class Score(string name)
{
    public string Name { get; } = name;

    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : TruePositives / (double)(TruePositives + FalseNegatives);

    public override string ToString() =>
        $"{Name,-20} precision {Precision:0.000} recall {Recall:0.000} (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives})";
}
