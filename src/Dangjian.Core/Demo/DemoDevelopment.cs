using Dangjian.Core.Data;
using Dangjian.Core.Development;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Demo;

/// <summary>
/// Development cases of the detailed township at every stage, entered step by step through
/// <see cref="CaseSteps"/> (so admissions and conversions create and update member records).
/// </summary>
internal sealed class DemoDevelopment(AppDbContext db, Random random, DateOnly today)
{
    /// <summary>Months since each profile's activist date, and the last step reached (the stage it shows).</summary>
    private static readonly (int Months, int LastStep)[] Profiles =
    [
        (0, 1),   // applicant waiting for the talk
        (8, 6),   // activist with one review
        (13, 6),  // activist who may now become a development target
        (16, 11), // development target after training
        (22, 21), // probationary member
        (30, 22), // probation over: conversion vote due
        (36, 25), // converted and archived
    ];

    public async Task WriteAsync(OrgPlan township, CancellationToken ct)
    {
        var names = new ChineseNames(random);
        var recorder = new CaseSteps(db);
        var calendar = await WorkingCalendar.LoadAsync(db, ct);
        var branches = township.Children.Select(c => c.Organization).ToList();
        for (var i = 0; i < branches.Count; i++)
        {
            var count = branches[i].Sector == OrgSector.Village ? 2 : 1;
            for (var k = 0; k < count; k++)
            {
                var (months, last) = Profiles[(i + k * 3) % Profiles.Length];
                await WriteCaseAsync(recorder, calendar, branches[i], names, months, last, ct);
            }
        }
    }

    private async Task WriteCaseAsync(CaseSteps recorder, WorkingCalendar calendar, Organization branch, ChineseNames names,
        int months, int last, CancellationToken ct)
    {
        var male = random.Next(3) > 0;
        var activist = months == 0 ? today.AddDays(-20 - random.Next(5)) : today.AddMonths(-months).AddDays(-random.Next(10));
        var steps = DemoDevelopmentPlan.Steps(activist, calendar, 20 + random.Next(20), random);
        var applied = months == 0 ? activist : steps[0].On;
        var c = new DevelopmentCase
        {
            OrganizationId = branch.Id, Name = names.Person(male), Sex = male ? Sex.Male : Sex.Female,
            BirthDate = applied.AddYears(-(20 + random.Next(25))).AddDays(-random.Next(365)),
            Education = (Education)random.Next(2, 6), AppliedOn = applied,
        };
        Ensure(await recorder.StartAsync(c, today, ct), c, 1);
        foreach (var step in steps.Skip(1).Where(s => s.Step <= last && s.On <= today))
        {
            Ensure(await recorder.RecordAsync(c, step, null, today, ct), c, step.Step);
        }
    }

    private static void Ensure(IReadOnlyList<RuleFinding> findings, DevelopmentCase c, int step)
    {
        if (findings.FirstOrDefault(f => f.Severity == Severity.Block) is { } block)
        {
            throw new InvalidOperationException($"演示数据不符合发展党员规定（{c.Name}第{step}步）：{block.Message}");
        }
    }
}
