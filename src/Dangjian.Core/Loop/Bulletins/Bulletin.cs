using Dangjian.Core.Data;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Loop.Bulletins;

/// <summary>
/// 督查通报 (月底通报): drafted from a month's inspections and rectification status, edited, then issued. Issuing
/// freezes the text and assigns the issue number 期, unique per issuing organization and year.
/// </summary>
public class Bulletin : IVersioned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    public int Year { get; set; }
    public int Month { get; set; }
    public required string Title { get; set; }

    /// <summary>The body: one paragraph a line; lines like "一、…" are headings.</summary>
    public required string Text { get; set; }

    /// <summary>期 within the year; null while a draft.</summary>
    public int? Number { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public int Version { get; set; }

    public bool IsIssued => Number is not null;

    /// <summary>"2026年第3期", or "草稿".</summary>
    public string IssueLabel => Number is { } n ? $"{Year}年第{n}期" : "草稿";
}
