using Dangjian.Core.Imports;

namespace Dangjian.Core.Admin.Accounts;

/// <summary>What a bulk account step (accounts from a sheet, grants from a sheet) answers: the rows refused, or the password halves it released.</summary>
public interface IBulkOutcome
{
    IReadOnlyList<ImportProblem> Problems { get; }

    IReadOnlyList<PasswordHalf> Halves { get; }

    bool Succeeded { get; }
}
