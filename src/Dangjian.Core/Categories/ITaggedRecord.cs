using Dangjian.Core.Organizations;

namespace Dangjian.Core.Categories;

/// <summary>A record that may carry one of the county's tags; indicators filter such records by tag and by organization.</summary>
public interface ITaggedRecord
{
    int? TagId { get; set; }
    RecordTag? Tag { get; set; }
    Organization? Organization { get; }
}
