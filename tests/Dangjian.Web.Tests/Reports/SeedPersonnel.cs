using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Dangjian.Web.Tests.Reports.SeedPages;

namespace Dangjian.Web.Tests.Reports;

/// <summary>
/// The personnel records of a seed, entered by a township's clerk on the cadre pages (换届届次, 村“两委”成员, 任职资格联审, 后备干部)
/// and the development pages (入党申请 and its steps): none of them has a ledger sheet, so each is one form.
/// </summary>
internal static class SeedPersonnel
{
    /// <summary>A general election of the township (/Cadres/Terms/Create); returns the term's id.</summary>
    public static async Task<int> TermAsync(AppFactory app, FreshTownship t, string name, DateOnly electedOn)
    {
        await SavedAsync(t.Clerk, "/Cadres/Terms/Create", new()
        {
            ["Form.OrganizationId"] = S(t.Township.Id), ["Form.Name"] = name, ["Form.ElectedOn"] = D(electedOn),
        });
        await using var db = app.NewDbContext();
        return await db.ElectionTerms.Where(x => x.OrganizationId == t.Township.Id && x.Name == name).Select(x => x.Id).SingleAsync();
    }

    /// <summary>Village cadres of a term (/Cadres/Create), one per age, spread over the villages; the birth date lies within the
    /// year before the birthday so that the age at election is exactly the given one. Education now is the same as at election.</summary>
    public static async Task CadresAsync(FreshTownship t, int term, DateOnly electedOn, string post, IReadOnlyList<int> ages, IReadOnlyList<string> educations, string prefix)
    {
        for (var i = 0; i < ages.Count; i++)
        {
            await SavedAsync(t.Clerk, "/Cadres/Create", new()
            {
                ["Form.TermId"] = S(term), ["Form.OrganizationId"] = S(t.Villages[i % t.Villages.Count].Id), ["Form.Name"] = $"{prefix}{i + 1}",
                ["Form.Sex"] = i % 2 == 0 ? "Male" : "Female", ["Form.BirthDate"] = D(electedOn.AddYears(-ages[i]).AddDays(-(i * 37 % 365))),
                ["Form.EducationAtElection"] = educations[i], ["Form.Education"] = educations[i], ["Form.PartyPost"] = post,
                ["Form.IsPartyMember"] = "true", ["Form.Version"] = "0",
            });
        }
    }

    /// <summary>任职资格联审 of a term's candidates (/Cadres/Qualifications/Create); the first <paramref name="removed"/> are 问题成员, cleared five days later.</summary>
    public static async Task ReviewsAsync(FreshTownship t, int term, int year, int reviewed, int removed)
    {
        for (var i = 0; i < reviewed; i++)
        {
            var on = Day(year, i);
            var fields = new Dictionary<string, string>
            {
                ["Form.TermId"] = S(term), ["Form.OrganizationId"] = S(t.Villages[i % t.Villages.Count].Id), ["Form.PersonName"] = $"联审人选{i + 1}",
                ["Form.ReviewedOn"] = D(on), ["Form.Departments"] = "纪委监委", ["Form.Result"] = i < removed ? "Problem" : "Passed",
            };
            if (i < removed)
            {
                fields["Form.ProblemReason"] = "涉黑涉恶";
                fields["Form.RemovedOn"] = D(on.AddDays(5));
            }

            await SavedAsync(t.Clerk, "/Cadres/Qualifications/Create", fields);
        }
    }

    /// <summary>Reserve cadres added in the year (/Cadres/Reserves/Create).</summary>
    public static async Task ReservesAsync(FreshTownship t, int year, int count, string source, bool fullTime, string prefix)
    {
        for (var i = 0; i < count; i++)
        {
            var fields = new Dictionary<string, string>
            {
                ["Form.OrganizationId"] = S(t.Villages[i % t.Villages.Count].Id), ["Form.Name"] = $"{prefix}{i + 1}", ["Form.Sex"] = "Male",
                ["Form.BirthDate"] = "1992-05-01", ["Form.Education"] = "College", ["Form.Source"] = source, ["Form.AddedOn"] = D(Day(year, i)),
            };
            if (fullTime)
            {
                fields["Form.ForFullTimeSecretary"] = "true";
            }

            await SavedAsync(t.Clerk, "/Cadres/Reserves/Create", fields);
        }
    }

    /// <summary>Applicants who become 入党积极分子 in the year: the application (/Development/Create), the talk, then the step
    /// 确定入党积极分子 on the case's page.</summary>
    public static async Task ActivistsAsync(AppFactory app, FreshTownship t, int year, int count, string prefix)
    {
        for (var i = 0; i < count; i++)
        {
            var chosen = Day(year, i + 10);
            var name = $"{prefix}{i + 1}";
            var village = t.Villages[i % t.Villages.Count].Id;
            await SavedAsync(t.Clerk, "/Development/Create", new()
            {
                ["Form.OrganizationId"] = S(village), ["Form.Name"] = name, ["Form.Sex"] = "Male", ["Form.BirthDate"] = "1998-03-01",
                ["Form.Education"] = "College", ["Form.AppliedOn"] = D(chosen.AddMonths(-2)),
            });
            int id, version;
            await using (var db = app.NewDbContext())
            {
                (id, version) = await db.DevelopmentCases.Where(c => c.OrganizationId == village && c.Name == name).Select(c => new ValueTuple<int, int>(c.Id, c.Version)).SingleAsync();
            }

            var url = $"/Development/Details/{id}";
            await SavedAsync(t.Clerk, $"{url}?handler=Record", new() { ["Form.Step"] = "2", ["Form.On"] = D(chosen.AddMonths(-2).AddDays(10)), ["Form.Version"] = S(version) }, url);
            await using (var db = app.NewDbContext())
            {
                version = await db.DevelopmentCases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync();
            }

            await SavedAsync(t.Clerk, $"{url}?handler=Record", new() { ["Form.Step"] = "3", ["Form.On"] = D(chosen), ["Form.Version"] = S(version) }, url);
        }
    }
}
