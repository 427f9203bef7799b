using Dangjian.Core.Building;
using Dangjian.Core.Data;
using Dangjian.Core.Building.Honours;
using Dangjian.Core.Organizations;

namespace Dangjian.Core.Demo;

/// <summary>
/// Organization building in the detailed township: one weak branch being rectified (the branch that also misses
/// meetings), standardization self-checks with acceptance, demonstration titles, and two years of village incomes.
/// </summary>
internal sealed class DemoBuilding(AppDbContext db, Random random, DateOnly today)
{
    /// <summary>Index among the township's children of the weak branch (the first weak branch of DemoOrgLifeWriter).</summary>
    public const int WeakBranchIndex = 3;

    public async Task WriteAsync(OrgPlan township, CancellationToken ct)
    {
        var orgs = township.Children.Select(c => c.Organization).ToList();
        var villages = orgs.Where(o => o.Sector == OrgSector.Village).ToList();
        WriteWeak(orgs[WeakBranchIndex]);
        WriteChecks(orgs);
        WriteTitles(township.Organization.ParentId!.Value, orgs);
        WriteIncomes(villages);
        WriteHonours(township.Organization, orgs);
        await db.SaveChangesAsync(ct);
    }

    private void WriteWeak(Organization branch)
    {
        var confirmed = today.AddMonths(-5);
        db.SatisfactionRecords.Add(new SatisfactionRecord { OrganizationId = branch.Id, Year = confirmed.Year, Percent = 55.5, SurveyedOn = confirmed.AddDays(-20) });
        db.WeakOrganizations.Add(new WeakOrganization
        {
            OrganizationId = branch.Id, Year = confirmed.Year, ConfirmedOn = confirmed, ConfirmedBy = "clerk",
            Reasons = "组织生活未按规定开展；群众满意度55.5%，低于60%",
            Plan = "镇党委书记包抓，党建指导员驻村指导，三个月内补齐组织生活，完善阵地。",
            Measures =
            [
                new() { Text = "党建指导员驻村指导，每月列席支部委员会会议", Owner = "镇党建办", Deadline = confirmed.AddMonths(1), DoneOn = confirmed.AddDays(20) },
                new() { Text = "按规定召开支部党员大会、支部委员会会议", Owner = "村党支部书记", Deadline = confirmed.AddMonths(3), DoneOn = confirmed.AddMonths(3).AddDays(-5) },
                new() { Text = "开展群众满意度回访测评", Owner = "包抓领导", Deadline = today.AddMonths(1) },
            ],
        });
    }

    private void WriteChecks(List<Organization> orgs)
    {
        var codes = StandardChecklist.Items(StandardChecklist.Default).Select(i => i.Code).ToList();
        for (var i = 0; i < orgs.Count; i++)
        {
            if (i == WeakBranchIndex || random.Next(5) == 0)
            {
                continue;
            }

            var met = codes.Where(_ => random.Next(8) > 0).ToList();
            var area = 60 + random.Next(140);
            var selfChecked = today.AddDays(-30 - random.Next(60));
            var accepted = i % 2 == 0;
            db.StandardizationChecks.Add(new StandardizationCheck
            {
                OrganizationId = orgs[i].Id, Year = today.Year, SelfCheckedOn = selfChecked, ItemsMet = string.Join(",", met),
                VenueArea = area, VenueMeetsStandard = area >= 80,
                AcceptedOn = accepted ? selfChecked.AddDays(14) : null, Accepted = accepted ? met.Count >= codes.Count - 1 : null,
            });
        }
    }

    /// <summary>The county's two title names, as its documents write them, and four titles of the township's branches.</summary>
    private void WriteTitles(int county, List<Organization> orgs)
    {
        var model = new HonourName { OrganizationId = county, Name = "县级示范党支部", Target = HonourTarget.Title, Unit = "个", SortOrder = 4 };
        var sample = new HonourName { OrganizationId = county, Name = "市级样板党支部", Target = HonourTarget.Title, Unit = "个", SortOrder = 5 };
        db.HonourNames.AddRange(model, sample);
        db.DemonstrationTitles.AddRange(
            new DemonstrationTitle { OrganizationId = orgs[1].Id, Level = TitleLevel.County, Year = today.Year - 1, TitleName = model },
            new DemonstrationTitle { OrganizationId = orgs[5].Id, Level = TitleLevel.County, Year = today.Year - 1, TitleName = model },
            new DemonstrationTitle { OrganizationId = orgs[2].Id, Level = TitleLevel.City, Year = today.Year - 2, TitleName = sample },
            new DemonstrationTitle { OrganizationId = orgs[8].Id, Level = TitleLevel.City, Year = today.Year - 1, TitleName = sample });
    }

    /// <summary>The county's honour names (两优一先) and last year's honours of two branches and one of their members.</summary>
    private void WriteHonours(Organization township, List<Organization> orgs)
    {
        var county = township.ParentId!.Value;
        var advanced = new HonourName { OrganizationId = county, Name = "先进基层党组织", Target = HonourTarget.Organization, Unit = "个", SortOrder = 1 };
        var member = new HonourName { OrganizationId = county, Name = "优秀共产党员", Target = HonourTarget.Individual, Unit = "名", SortOrder = 2 };
        var worker = new HonourName { OrganizationId = county, Name = "优秀党务工作者", Target = HonourTarget.Individual, Unit = "名", SortOrder = 3 };
        db.HonourNames.AddRange(advanced, member, worker);
        var conferred = new DateOnly(today.Year - 1, 7, 1);
        db.Honours.AddRange(
            new Honour { Organization = orgs[1], HonourName = advanced, Level = TitleLevel.County, ConferredOn = conferred, ConferredBy = "县委", EnteredBy = "clerk", EnteredAtUtc = conferred.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) },
            new Honour { Organization = orgs[5], HonourName = advanced, Level = TitleLevel.City, ConferredOn = conferred, ConferredBy = "市委", EnteredBy = "clerk", EnteredAtUtc = conferred.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) },
            new Honour { Organization = orgs[1], HonourName = worker, Level = TitleLevel.County, ConferredOn = conferred, PersonName = "王建华", ConferredBy = "县委", EnteredBy = "clerk", EnteredAtUtc = conferred.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) });
    }

    private void WriteIncomes(List<Organization> villages)
    {
        foreach (var village in villages)
        {
            var earlier = Math.Round(3 + random.NextDouble() * 17, 2);
            db.CollectiveIncomes.Add(new CollectiveIncome { OrganizationId = village.Id, Year = today.Year - 2, AmountWan = earlier });
            db.CollectiveIncomes.Add(new CollectiveIncome { OrganizationId = village.Id, Year = today.Year - 1, AmountWan = Math.Round(earlier * (1 + random.NextDouble() * 0.4), 2) });
        }
    }
}
