namespace Dangjian.Core.Reviews;

/// <summary>A review action refused by its rules (state, validation, concurrency); <see cref="Errors"/> are Chinese messages for the form.</summary>
public sealed class ReviewRuleException(IReadOnlyList<string> errors) : InvalidOperationException(string.Join(" ", errors))
{
    public ReviewRuleException(string error)
        : this([error])
    {
    }

    public IReadOnlyList<string> Errors { get; } = errors;
}
