using Dangjian.Core.Data;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.People;

/// <summary>A party member (党员) of one branch. The registry issue adds resident ID, transfers and cadres.</summary>
public class Member : IVersioned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    public required string Name { get; set; }
    public Sex Sex { get; set; }
    public DateOnly BirthDate { get; set; }
    public MemberStatus Status { get; set; }
    public DateOnly JoinedOn { get; set; }
    public DateOnly? ConvertedOn { get; set; }
    public Education Education { get; set; }

    public bool IsMobile { get; set; }
    public bool NoSmartphone { get; set; }
    public bool InHardship { get; set; }

    public int Version { get; set; }
}

public enum Sex { Male, Female }

public enum MemberStatus { Full, Probationary }

public enum Education { Primary, JuniorHigh, HighSchool, Vocational, College, Bachelor, Postgraduate }
