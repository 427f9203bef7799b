using Dangjian.Core.Data;
using Dangjian.Core.Imports;
using Dangjian.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Organizations.Import;

/// <summary>
/// Imports an organization tree below <c>root</c> (the importing user's organization): all or nothing, idempotent by
/// organization code (an unchanged row changes nothing; a row whose name, short name, secretary, sector or founding
/// date differ updates them), every change audited by the interceptor. Parent and level of an existing organization
/// are never changed here (that is a move, done and recorded on its own page).
/// </summary>
public sealed class OrganizationImport(AppDbContext db, TimeProvider clock)
{
    public sealed record Outcome(IReadOnlyList<ImportProblem> Problems, IReadOnlyList<string> Created, IReadOnlyList<string> Updated, int Unchanged)
    {
        public bool Succeeded => Problems.Count == 0;
    }

    /// <summary>Checks every row against the file and the database; writes nothing.</summary>
    public async Task<Outcome> PreviewAsync(IReadOnlyList<OrganizationRow> rows, Organization root, CancellationToken ct = default)
    {
        var plan = await OrganizationImportPlan.BuildAsync(db, rows, root, clock.Today(), ct);
        return new Outcome(plan.Problems, [.. plan.Creates.Select(c => c.Name)], [.. plan.Updates.Select(u => u.Existing.Name)], plan.Unchanged);
    }

    /// <summary>Checks, then writes everything in one transaction, or nothing when any row has a problem.</summary>
    public async Task<Outcome> ImportAsync(IReadOnlyList<OrganizationRow> rows, Organization root, CancellationToken ct = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var plan = await OrganizationImportPlan.BuildAsync(db, rows, root, clock.Today(), ct);
            if (plan.Problems.Count > 0)
            {
                return new Outcome(plan.Problems, [], [], 0);
            }

            foreach (var update in plan.Updates)
            {
                update.Apply();
            }

            await CreateAsync(plan, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new Outcome([], [.. plan.Creates.Select(c => c.Name)], [.. plan.Updates.Select(u => u.Existing.Name)], plan.Unchanged);
        });
    }

    // Parents before children: each wave's ids are known before its children's paths are written.
    private async Task CreateAsync(OrganizationImportPlan plan, CancellationToken ct)
    {
        var created = new Dictionary<string, Organization>(StringComparer.OrdinalIgnoreCase);
        var nextOrder = new Dictionary<int, int>();
        var pending = plan.Creates.ToList();
        while (pending.Count > 0)
        {
            var wave = pending.Where(c => c.ParentExisting is not null || created.ContainsKey(c.ParentCode!)).ToList();
            if (wave.Count == 0)
            {
                throw new InvalidOperationException("the plan let a parent cycle through");
            }

            var added = new List<(OrganizationImportPlan.Create Row, Organization Org)>();
            foreach (var c in wave)
            {
                var parent = c.ParentExisting ?? created[c.ParentCode!];
                if (!nextOrder.TryGetValue(parent.Id, out var order))
                {
                    order = await db.Organizations.Where(o => o.ParentId == parent.Id).Select(o => (int?)o.SortOrder).MaxAsync(ct) ?? 0;
                }

                nextOrder[parent.Id] = ++order;
                var org = new Organization
                {
                    Code = c.Code, Name = c.Name, ShortName = c.ShortName, Level = c.Level, Sector = c.Sector, SecretaryName = c.SecretaryName,
                    FoundedOn = c.FoundedOn, ParentId = parent.Id, Depth = parent.Depth + 1, SortOrder = order, Path = parent.Path,
                };
                db.Organizations.Add(org);
                added.Add((c, org));
            }

            await db.SaveChangesAsync(ct);
            foreach (var (row, org) in added)
            {
                org.Path = $"{(row.ParentExisting ?? created[row.ParentCode!]).Path}{org.Id}/";
                created[row.Code] = org;
            }

            await db.SaveChangesAsync(ct);
            pending.RemoveAll(wave.Contains);
        }
    }
}
