using System.Globalization;

namespace Dangjian.Core.Members;

/// <summary>
/// Valid-looking resident IDs for demo and test data. The region code must start with "99": GB/T 2260 assigns
/// no division code beginning 99 (provinces run 11–82), so such an ID cannot belong to a real person.
/// </summary>
public static class FictionalResidentId
{
    public const int MaxSequence = 499;

    /// <param name="regionCode">Six digits starting with "99".</param>
    /// <param name="sequence">0–499; the three-digit order code is derived from it with the parity GB 11643 gives the sex.</param>
    public static string Create(string regionCode, DateOnly birthDate, Sex sex, int sequence)
    {
        if (regionCode.Length != 6 || !regionCode.StartsWith("99", StringComparison.Ordinal) || regionCode.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("A fictional region code is six digits starting with 99.", nameof(regionCode));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        var order = sequence * 2 + (sex == Sex.Male ? 1 : 0);
        var first17 = string.Create(CultureInfo.InvariantCulture, $"{regionCode}{birthDate:yyyyMMdd}{order:D3}");
        return first17 + ResidentId.CheckCharacter(first17);
    }
}
