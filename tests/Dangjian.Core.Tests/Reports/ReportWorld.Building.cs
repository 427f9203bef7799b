using Dangjian.Core.Building;
using Dangjian.Core.Development;
using Dangjian.Core.Building.Honours;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;

namespace Dangjian.Core.Tests.Reports;

/// <summary>Writers for development cases and organization building (weak organizations, standardization, titles, income).</summary>
public sealed partial class ReportWorld
{
    /// <summary><paramref name="count"/> candidates made activists (step 3) in the year; the first <paramref name="targets"/> also made development targets (step 7).</summary>
    public void Activists(int year, int count, int targets = 0)
    {
        for (var i = 0; i < count; i++)
        {
            var chosen = Day(year, i);
            var steps = new List<DevelopmentStepRecord>
            {
                new() { Step = StepNumbers.Application, CompletedOn = chosen.AddMonths(-2) },
                new() { Step = StepNumbers.ActivistChosen, CompletedOn = chosen },
            };
            if (i < targets)
            {
                steps.Add(new() { Step = StepNumbers.TargetChosen, CompletedOn = chosen.AddDays(1) });
            }

            Db.DevelopmentCases.Add(new DevelopmentCase
            {
                OrganizationId = Villages[i % Villages.Count].Id, Name = $"申请人{++people}", BirthDate = new DateOnly(1998, 3, 1), Education = Education.College,
                AppliedOn = chosen.AddMonths(-2), RuleSet = DevelopmentRuleSets.Rules2014.ShortName, Stage = i < targets ? DevelopmentStage.Target : DevelopmentStage.Activist,
                LastStep = i < targets ? StepNumbers.TargetChosen : StepNumbers.ActivistChosen, Steps = steps,
            });
        }
    }

    public void Weak(Organization organization, int year, DateOnly? convertedOn = null) =>
        Db.WeakOrganizations.Add(new WeakOrganization
        {
            OrganizationId = organization.Id, Year = year, Reasons = "组织生活未按规定开展", ConfirmedOn = new DateOnly(year, 3, 1), ConvertedOn = convertedOn,
        });

    public void Check(Organization organization, int year, bool venueMeetsStandard, bool? accepted = null) =>
        Db.StandardizationChecks.Add(new StandardizationCheck
        {
            OrganizationId = organization.Id, Year = year, SelfCheckedOn = new DateOnly(year, 6, 1), VenueArea = venueMeetsStandard ? 120 : 50,
            VenueMeetsStandard = venueMeetsStandard, Accepted = accepted, AcceptedOn = accepted is null ? null : new DateOnly(year, 7, 1),
        });

    /// <summary>A title of the county's list (the name is added to the list, in <paramref name="unit"/>, the first time it is used).</summary>
    public void Title(Organization organization, int year, TitleLevel level, string title, string unit = "个")
    {
        var name = Db.HonourNames.Local.FirstOrDefault(n => n.Target == HonourTarget.Title && n.Name == title)
            ?? Db.HonourNames.Add(new HonourName { OrganizationId = County.Id, Name = title, Target = HonourTarget.Title, Unit = unit }).Entity;
        Db.DemonstrationTitles.Add(new DemonstrationTitle { OrganizationId = organization.Id, Year = year, Level = level, TitleName = name });
    }

    /// <summary>One village's collective income of the year (万元).</summary>
    public void Income(Organization village, int year, double wan) =>
        Db.CollectiveIncomes.Add(new CollectiveIncome { OrganizationId = village.Id, Year = year, AmountWan = wan });
}
