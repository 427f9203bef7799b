using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;

namespace Dangjian.Core.Demo;

/// <summary>About thirty reserve cadres (后备干部) of the detailed township's villages, by source.</summary>
public sealed class DemoReserves(AppDbContext db, Random random, DateOnly today, ChineseNames names)
{
    private static readonly (ReserveSource Source, int Count)[] Mix =
    [
        (ReserveSource.WealthLeader, 7), (ReserveSource.Veteran, 5), (ReserveSource.Graduate, 6), (ReserveSource.ReturnedTalent, 5),
        (ReserveSource.MigrantWorker, 3), (ReserveSource.VillageGroupCadre, 3), (ReserveSource.Other, 1),
    ];

    private static readonly string[] Posts = ["村党组织委员", "村委会委员", "村委会副主任"];

    public async Task WriteAsync(IReadOnlyList<Organization> villages, CancellationToken ct)
    {
        var start = new DateOnly(2021, 6, 1);
        var span = Math.Max(1, today.DayNumber - start.DayNumber);
        var n = 0;
        foreach (var (source, count) in Mix)
        {
            for (var i = 0; i < count; i++, n++)
            {
                var male = random.Next(100) < 70;
                var added = start.AddDays(random.Next(span));
                var reserve = new ReserveCadre
                {
                    OrganizationId = villages[n % villages.Count].Id,
                    Person = new(names.Person(male), male ? Sex.Male : Sex.Female, added.AddYears(-(24 + random.Next(16))).AddDays(-random.Next(365)),
                        source == ReserveSource.Graduate ? Education.Bachelor : (Education)random.Next((int)Education.JuniorHigh, (int)Education.College + 1)),
                    Source = source,
                    AddedOn = added,
                    ForFullTimeSecretary = n % 8 == 3,
                    TrainedOn = random.Next(100) < 60 && added.AddDays(90) <= today ? added.AddDays(90) : null,
                };
                if (n % 10 == 4 && added.AddYears(1) <= today)
                {
                    (reserve.PromotedOn, reserve.PromotedTo) = (added.AddYears(1), Posts[n % Posts.Length]);
                }

                db.ReserveCadres.Add(reserve);
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
