using System.Globalization;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;

namespace Dangjian.Core.Organizations;

/// <summary>Organization paths are chains of ids ("/1/4/17/"): the ids from the root down to the organization itself.</summary>
public static class OrgPaths
{
    public static List<int> Ancestors(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
}
