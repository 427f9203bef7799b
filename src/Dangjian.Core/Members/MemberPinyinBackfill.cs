using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Members;

/// <summary>Fills name_pinyin/name_initials of members written before schema 0003 (the script leaves them '').</summary>
public static class MemberPinyinBackfill
{
    public static async Task<int> RunAsync(AppDbContext db, CancellationToken ct = default)
    {
        var total = 0;
        var after = 0;
        while (true)
        {
            // Keyset paging: a name without any readable character stays '' and must not be fetched again.
            var batch = await db.Members.IgnoreQueryFilters().Where(m => m.NamePinyin == "" && m.Id > after)
                .OrderBy(m => m.Id).Take(1000).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return total;
            }

            // AppDbContext recomputes both columns for modified members on save.
            foreach (var member in batch)
            {
                db.Entry(member).Property(m => m.NamePinyin).IsModified = true;
            }

            await db.SaveChangesAsync(ct);
            total += batch.Count;
            after = batch[^1].Id;
        }
    }
}
