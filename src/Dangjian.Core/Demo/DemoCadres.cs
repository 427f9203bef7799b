using Dangjian.Core.Cadres;
using Dangjian.Core.Cadres.Assignments;
using Dangjian.Core.Cadres.Qualifications;
using Dangjian.Core.Cadres.Reserves;
using Dangjian.Core.Cadres.Terms;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;

namespace Dangjian.Core.Demo;

/// <summary>
/// Two elections (2018 and 2021 换届) of the village "two committees" in the detailed township: the newer term is
/// younger and better educated, mostly "一肩挑"; then reviews, reserve cadres and assignments (<see cref="DemoCadreExtras"/>).
/// </summary>
public sealed class DemoCadres(AppDbContext db, Random random, DateOnly today)
{
    public static readonly DateOnly Election2018 = new(2018, 10, 20);
    public static readonly DateOnly Election2021 = new(2021, 3, 16);
    private readonly ChineseNames names = new(random);
    private DemoCadrePerson People => new(random, names);

    public async Task WriteAsync(IReadOnlyList<OrgPlan> roots, CancellationToken ct)
    {
        if (DemoSeeder.Flatten(roots).FirstOrDefault(n => n.IsDetailed) is not { } township)
        {
            return;
        }

        var villages = township.Children.Select(c => c.Organization).Where(o => o.Sector == OrgSector.Village).ToList();
        var earlier = new ElectionTerm { OrganizationId = township.Organization.Id, Name = "2018年换届", ElectedOn = Election2018 };
        var later = new ElectionTerm { OrganizationId = township.Organization.Id, Name = "2021年换届", ElectedOn = Election2021 };
        db.ElectionTerms.AddRange(earlier, later);
        var current = new List<Cadre>();
        for (var i = 0; i < villages.Count; i++)
        {
            var old = Committee(villages[i], earlier, newer: false, i, kept: null);
            old.ForEach(c => (c.LeftOn, c.LeftReason) = (Election2021, "任期届满"));
            current.AddRange(Committee(villages[i], later, newer: true, i, kept: i % 4 == 0 ? old[0] : null));
        }

        await db.SaveChangesAsync(ct);
        await new DemoCadreExtras(db, random, today, names).WriteAsync(township, villages, later, current, ct);
    }

    private List<Cadre> Committee(Organization village, ElectionTerm term, bool newer, int index, Cadre? kept)
    {
        var big = village.Level == OrgLevel.GeneralBranch;
        var oneShoulder = random.Next(100) < (newer ? 85 : 25);
        var secretary = kept is null ? People.New(village, term, newer ? 31 : 40, newer ? 52 : 60, newer ? 84 : 60, true) : DemoCadrePerson.Again(kept, term);
        secretary.PartyPost = PartyPost.Secretary;
        secretary.VillagePost = oneShoulder ? VillagePost.Director : null;
        secretary.IsFullTimeSecretary = newer && index % 4 == 1;
        var list = new List<Cadre> { secretary };
        if (big || random.Next(100) < 20)
        {
            list.Add(With(People.New(village, term, 30, 55, 70, true), c => c.PartyPost = PartyPost.DeputySecretary));
        }

        for (var i = 0; i < (big ? 3 : 2); i++)
        {
            // The first committee member also sits on the villagers' committee (交叉任职).
            list.Add(With(People.New(village, term, 28, 62, 55, true), c => (c.PartyPost, c.VillagePost) = (PartyPost.CommitteeMember, i == 0 ? VillagePost.CommitteeMember : null)));
        }

        if (!oneShoulder)
        {
            list.Add(With(People.New(village, term, 35, 58, 60, random.Next(100) < 70), c => c.VillagePost = VillagePost.Director));
        }

        list.Add(With(People.New(village, term, 26, 55, 55, random.Next(100) < 40), c => c.VillagePost = VillagePost.CommitteeMember));
        list.Add(With(People.New(village, term, 40, 65, 40, true), c => c.SupervisionPost = SupervisionPost.Chair));
        db.Cadres.AddRange(list);
        return list;
    }

    private static Cadre With(Cadre cadre, Action<Cadre> set)
    {
        set(cadre);
        return cadre;
    }
}
