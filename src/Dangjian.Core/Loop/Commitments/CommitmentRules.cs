using Dangjian.Core.Loop.Service;

namespace Dangjian.Core.Loop.Commitments;

/// <summary>The limits of a commitment as the entry form and its progress report apply them; the ledger import checks the same.</summary>
public static class CommitmentRules
{
    public const int SecretaryNameMax = 40;
    public const int ContentMax = 1000;
    public const int ProgressMax = 4000;
}
