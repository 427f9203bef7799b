using Dangjian.Core.Organizations;

namespace Dangjian.Web.Pages.Admin.Roles;

/// <summary>Validation of a grant: known roles, 三员分立, a visible organization, liaison branches for a liaison leader.</summary>
public static class RoleGrant
{
    public static string? Check(IReadOnlyCollection<string> roles, int organizationId, IReadOnlyCollection<int> liaison,
        IReadOnlyList<Organization> visible)
    {
        if (Core.Identity.Roles.CheckCombination(roles) is { } problem)
        {
            return problem;
        }

        if (visible.All(o => o.Id != organizationId))
        {
            return "请选择所属组织。";
        }

        if (roles.Contains(Core.Identity.Roles.LiaisonLeader) && liaison.Count == 0)
        {
            return "班子成员（联系点）须至少指定一个联系的党组织。";
        }

        return liaison.Any(id => visible.All(o => o.Id != id)) ? "联系的党组织不在您的管辖范围内。" : null;
    }
}
