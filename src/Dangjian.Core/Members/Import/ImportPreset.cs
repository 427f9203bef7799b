using Dangjian.Core.Organizations;

namespace Dangjian.Core.Members.Import;

/// <summary>
/// The column mapping last used to import a roster into an organization (导入列对应方案), remembered so the next
/// roster with the same headers maps itself. Keyed by header text, so column order may change between files.
/// </summary>
public class ImportPreset
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    /// <summary>One "Field=header" line per mapped field (see <see cref="ColumnMapping.ToPreset"/>).</summary>
    public required string Mapping { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
    public string? UpdatedBy { get; set; }
}
