using Dangjian.Core.Data;
using Dangjian.Core.Account;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Demo;

/// <summary>
/// Writes the fictional county into an empty database. Deterministic for a seed and a reference date
/// (except the random nonces inside encrypted values). Without <paramref name="secrets"/> members get no resident ID.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, UserManager<AppUser>? users, RoleManager<AppRole>? roles, MemberSecrets? secrets = null)
{
    public const int DefaultSeed = 20261121;
    public const string DemoPassword = "Demo@2026";

    /// <summary>Months of meetings to generate, ending with the current one.</summary>
    public int MeetingMonths { get; init; } = 12;

    /// <summary>Benchmarks: every township keeps records as diligently as the detailed one.</summary>
    public bool EveryTownshipDetailed { get; init; }

    public async Task<IReadOnlyList<DemoAccount>> SeedAsync(DemoScale scale, int seed = DefaultSeed, DateOnly? today = null, CancellationToken ct = default)
    {
        var plan = new DemoCounty(seed).Plan(scale);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await DemoTree.WriteAsync(db, plan, ct);
            var day = today ?? TimeProvider.System.Today();
            var registry = new DemoRegistry(new Random(seed + 2), secrets);
            await WriteMembersAsync(plan, new Random(seed + 1), registry, day, ct);
            await new DemoCadres(db, new Random(seed + 3), day).WriteAsync(plan, ct);
            await new DemoOrgLifeWriter(db, new Random(seed + 4), day, MeetingMonths, EveryTownshipDetailed).WriteAsync(plan[0], ct);
            await new DemoDevelopmentWriter(db, new Random(seed + 6), day).WriteAsync(plan, ct);
            await new DemoLoop(db, new Random(seed + 5), day).WriteAsync(plan[0], ct);
            await new DemoReportRecords(db, new Random(seed + 7), day).WriteAsync(plan[0], ct);
            await new DemoReview(db, new Random(seed + 8), day).WriteAsync(plan[0], ct);
            await new DemoLongTail(db, day).WriteAsync(plan[0], ct);
            await tx.CommitAsync(ct);
        }

        return users is null || roles is null ? [] : await DemoUsers.CreateAsync(db, users, roles, plan[0], ct);
    }

    private async Task WriteMembersAsync(IReadOnlyList<OrgPlan> roots, Random random, DemoRegistry registry, DateOnly today, CancellationToken ct)
    {
        var generator = new DemoMembers(random, today, registry);
        var pending = 0;
        foreach (var node in Flatten(roots).Where(n => n.MemberCount > 0))
        {
            db.Members.AddRange(generator.For(node.Organization, node.MemberCount));
            pending += node.MemberCount;
            if (pending >= 5000)
            {
                await FlushAsync(ct);
                pending = 0;
            }
        }

        await FlushAsync(ct);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        foreach (var entry in db.ChangeTracker.Entries<Member>().ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    public static IEnumerable<OrgPlan> Flatten(IEnumerable<OrgPlan> roots) =>
        roots.SelectMany(r => new[] { r }.Concat(Flatten(r.Children)));
}
