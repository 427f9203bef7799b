namespace Dangjian.Core.Reviews;

/// <summary>
/// Democratic-evaluation ballots of one participant: how many took part and how many ballots chose each option.
/// Ballots not cast (blank or spoiled) are the difference and count 0 points.
/// </summary>
public sealed record BallotCounts(int Voters, int Good, int FairlyGood, int Average, int Poor)
{
    public int Cast => Good + FairlyGood + Average + Poor;

    /// <summary>What is wrong with the counts, in Chinese; empty when they can be stored.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Voters <= 0)
        {
            errors.Add("参加民主测评的人数应大于0。");
        }

        foreach (var (label, count) in new[] { ("好", Good), ("较好", FairlyGood), ("一般", Average), ("差", Poor) })
        {
            if (count < 0)
            {
                errors.Add($"“{label}”的票数不能为负数。");
            }
        }

        if (Cast > Voters && Voters > 0)
        {
            errors.Add($"各档票数合计{Cast}票，超过了参加测评的{Voters}人。");
        }

        return errors;
    }
}
