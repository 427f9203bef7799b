using Dangjian.Core.Members;

namespace Dangjian.Core.Cadres;

/// <summary>
/// The person on a village cadre or reserve cadre record: name, sex, birth date and current education. Mapped as an EF
/// complex property onto the owner's own columns (<see cref="PersonMapping"/>); the name is kept trimmed.
/// </summary>
public sealed record Person(string Name, Sex Sex, DateOnly BirthDate, Education Education)
{
    public const int NameMaxLength = 40;

    public string Name { get; init; } = Name.Trim();

    /// <summary>Completed years on <paramref name="day"/> (<see cref="ElectionAge.At"/>).</summary>
    public int AgeOn(DateOnly day) => ElectionAge.At(BirthDate, day);

    public string SexLabel => PeopleLabels.Of(Sex);

    public string EducationLabel => PeopleLabels.Of(Education);

    public string BirthDateText => BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
