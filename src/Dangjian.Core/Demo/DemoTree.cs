using Dangjian.Core.Data;

namespace Dangjian.Core.Demo;

/// <summary>Writes planned organization trees level by level (each level needs its parents' ids for the paths).</summary>
internal static class DemoTree
{
    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<OrgPlan> roots, CancellationToken ct)
    {
        var parents = roots.ToDictionary(r => r, _ => (OrgPlan?)null);
        var level = roots.ToList();
        while (level.Count > 0)
        {
            var order = 0;
            foreach (var node in level)
            {
                var parent = parents[node]?.Organization;
                node.Organization.ParentId = parent?.Id;
                node.Organization.Depth = parent is null ? 0 : parent.Depth + 1;
                node.Organization.SortOrder = order++;
                db.Organizations.Add(node.Organization);
            }

            await db.SaveChangesAsync(ct);
            foreach (var node in level)
            {
                node.Organization.Path = $"{parents[node]?.Organization.Path ?? "/"}{node.Organization.Id}/";
            }

            await db.SaveChangesAsync(ct);
            var next = new List<OrgPlan>();
            foreach (var node in level)
            {
                foreach (var child in node.Children)
                {
                    parents[child] = node;
                    next.Add(child);
                }
            }

            level = next;
        }
    }
}
