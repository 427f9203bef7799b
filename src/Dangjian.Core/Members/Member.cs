using Dangjian.Core.Data;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Members;

/// <summary>A party member (党员) of one branch.</summary>
public class Member : IVersioned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    public required string Name { get; set; }

    /// <summary>Syllables of the name (see <see cref="Pinyin.NameSortKey"/>); kept in step with Name on save.</summary>
    public string NamePinyin { get; set; } = "";

    /// <summary>Pinyin initials of the name ("zs"), for search; kept in step with Name on save.</summary>
    public string NameInitials { get; set; } = "";

    public Sex Sex { get; set; }
    public DateOnly BirthDate { get; set; }
    public MemberStatus Status { get; set; }
    public DateOnly JoinedOn { get; set; }
    public DateOnly? ConvertedOn { get; set; }
    public Education Education { get; set; }
    public MemberState State { get; set; }

    /// <summary>When the member stopped (停止党籍) or died, as recorded; null while active or for a transfer (dated on its transfer record).</summary>
    public DateOnly? StateChangedOn { get; set; }
    public string? Ethnicity { get; set; }
    public string? Occupation { get; set; }

    /// <summary>The resident ID encrypted with <see cref="Security.IFieldCipher"/>; shown only on a logged reveal.</summary>
    public string? ResidentIdCipher { get; set; }

    /// <summary>Blind index (HMAC hex) of the normalized ID, for lookup and duplicate detection.</summary>
    public string? ResidentIdIndex { get; set; }

    /// <summary>e.g. "110101********1234", so lists need no decryption.</summary>
    public string? ResidentIdMasked { get; set; }

    public string? PhoneCipher { get; set; }
    public string? PhoneMasked { get; set; }

    public bool IsMobile { get; set; }
    public bool NoSmartphone { get; set; }
    public bool InHardship { get; set; }

    public int Version { get; set; }
}

public enum Sex { Male, Female }

public enum MemberStatus { Full, Probationary }

/// <summary>Whether the member is still on this county's rolls.</summary>
public enum MemberState { Active, TransferredOut, Stopped, Deceased }

public enum Education { Primary, JuniorHigh, HighSchool, Vocational, College, Bachelor, Postgraduate }
