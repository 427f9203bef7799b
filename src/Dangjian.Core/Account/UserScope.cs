using Dangjian.Core.Organizations;

namespace Dangjian.Core.Account;

/// <summary>An organization assigned to a liaison leader (联系点/包抓): their scope is the union of these subtrees.</summary>
public class UserScope
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}
