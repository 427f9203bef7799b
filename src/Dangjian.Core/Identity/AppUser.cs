using Dangjian.Core.Organizations;
using Microsoft.AspNetCore.Identity;

namespace Dangjian.Core.Identity;

/// <summary>An account, bound to exactly one organization whose subtree it may see.</summary>
public class AppUser : IdentityUser<int>
{
    public required string DisplayName { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public bool MustChangePassword { get; set; }
}

public class AppRole : IdentityRole<int>
{
    public string? DisplayName { get; set; }
}
