using Dangjian.Core.Data;

namespace Dangjian.Core.Demo;

/// <summary>Development cases and organization building for the detailed township (one random stream, seed + 6).</summary>
internal sealed class DemoDevelopmentWriter(AppDbContext db, Random random, DateOnly today)
{
    public async Task WriteAsync(IReadOnlyList<OrgPlan> roots, CancellationToken ct)
    {
        if (DemoSeeder.Flatten(roots).FirstOrDefault(n => n.IsDetailed) is not { } township)
        {
            return;
        }

        await new DemoDevelopment(db, random, today).WriteAsync(township, ct);
        await new DemoBuilding(db, random, today).WriteAsync(township, ct);
    }
}
