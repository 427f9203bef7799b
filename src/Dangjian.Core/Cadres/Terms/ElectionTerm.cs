using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;

namespace Dangjian.Core.Cadres.Terms;

/// <summary>
/// One general election (换届) of the village "two committees" in a township, e.g. "2021年换届".
/// Ages and education "at election" of its cadres are taken on <see cref="ElectedOn"/>.
/// </summary>
public class ElectionTerm : IVersioned
{
    public int Id { get; set; }

    /// <summary>The township committee that ran the election.</summary>
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }

    /// <summary>届次 as people say it: "2021年换届" or "第十一届".</summary>
    public required string Name { get; set; }
    public DateOnly ElectedOn { get; set; }
    public int Version { get; set; }
}
