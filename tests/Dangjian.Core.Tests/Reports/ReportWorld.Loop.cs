using Dangjian.Core.Loop.Accountability;
using Dangjian.Core.Loop.HonorRoll;
using Dangjian.Core.Loop.Talks;
using Dangjian.Core.Loop.Bulletins;
using Dangjian.Core.Loop.Commitments;
using Dangjian.Core.Loop.Service;
using Dangjian.Core.Loop.Inspections;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;

namespace Dangjian.Core.Tests.Reports;

/// <summary>Writers for the responsibility loop's records (talks, inspections, bulletins, rectification, commitments, service).</summary>
public sealed partial class ReportWorld
{
    /// <summary><paramref name="talks"/> talks held by the township with <paramref name="people"/> people named in all, spread as evenly as possible.</summary>
    public void Talks(int year, int talks, int people, TalkTarget target = TalkTarget.BranchSecretary, Organization? at = null)
    {
        for (var i = 0; i < talks; i++)
        {
            var names = Enumerable.Range(0, people / talks + (i < people % talks ? 1 : 0)).Select(_ => $"被约谈人{++this.people}");
            Db.Talks.Add(new Talk
            {
                OrganizationId = (at ?? Township).Id, HeldOn = Day(year, i), Talker = Secretary, Targets = RandomDraw.JoinNames(names),
                TargetKind = target, Reason = "落实党建工作责任",
            });
        }
    }

    public void Accountability(int year, int cases)
    {
        for (var i = 0; i < cases; i++)
        {
            Db.AccountabilityCases.Add(new AccountabilityCase { OrganizationId = Township.Id, DecidedOn = Day(year, i), PersonName = $"被问责人{++people}", Measure = "通报批评", Reason = "整改不力" });
        }
    }

    /// <summary>Inspections by the township, numbered into <paramref name="rounds"/> rounds (several teams may share one), each inspecting two villages.</summary>
    public List<Inspection> Inspections(int year, int count, int? rounds = null, int findingsEach = 0)
    {
        var list = new List<Inspection>();
        for (var i = 0; i < count; i++)
        {
            var inspection = new Inspection
            {
                OrganizationId = Township.Id, Kind = InspectionKind.Routine, Year = year, Round = i % (rounds ?? count) + 1, Title = $"督查{i + 1}",
                StartedOn = Day(year, i), Inspectors = "督查组甲、督查组乙",
                Targets = [new() { OrganizationId = Villages[i % Villages.Count].Id }, new() { OrganizationId = Villages[(i + 1) % Villages.Count].Id }],
                Findings = Enumerable.Range(0, findingsEach).Select(f => new Finding { OrganizationId = Villages[i % Villages.Count].Id, Description = $"问题{i + 1}-{f + 1}" }).ToList(),
            };
            Db.Inspections.Add(inspection);
            list.Add(inspection);
        }

        return list;
    }

    public void Bulletins(int year, int issued, int drafts = 0)
    {
        for (var i = 0; i < issued + drafts; i++)
        {
            Db.Bulletins.Add(new Bulletin
            {
                OrganizationId = Township.Id, Year = year, Month = i % 12 + 1, Title = $"督查通报{i + 1}", Text = "一、督查情况",
                Number = i < issued ? i + 1 : null, IssuedOn = i < issued ? new DateOnly(year, i % 12 + 1, 28) : null,
            });
        }
    }

    public RectificationItem Rectification(Organization owner, DateOnly raised, DateOnly deadline, DateOnly? signedOff = null)
    {
        var item = new RectificationItem
        {
            OrganizationId = owner.Id, RaisedById = Township.Id, Source = RectificationSource.Inspection, Problem = $"整改问题{++people}", RaisedOn = raised,
            Deadline = deadline, SignedOffOn = signedOff, Status = signedOff is null ? RectificationStatus.Open : RectificationStatus.SignedOff,
        };
        Db.RectificationItems.Add(item);
        return item;
    }

    /// <summary><paramref name="count"/> commitments of the year under the villages, due through the year; the first <paramref name="fulfilled"/> kept on time.</summary>
    public void Commitments(int year, int count, int fulfilled)
    {
        for (var i = 0; i < count; i++)
        {
            var due = new DateOnly(year, i % 12 + 1, 1).AddMonths(1).AddDays(-1);
            Db.Commitments.Add(new Commitment
            {
                OrganizationId = Villages[i % Villages.Count].Id, Year = year, SecretaryName = i % 2 == 0 ? $"村书记{i}" : null, Content = $"承诺事项{i + 1}",
                DueOn = due, FulfilledOn = i < fulfilled ? due.AddDays(-3) : null,
            });
        }
    }

    public void Service(int year, ServiceKind kind, int count, int peopleEach = 0)
    {
        for (var i = 0; i < count; i++)
        {
            Db.ServiceRecords.Add(new ServiceRecord
            {
                OrganizationId = Villages[i % Villages.Count].Id, Kind = kind, HeldOn = Day(year, i), Title = $"服务{i + 1}", People = peopleEach,
                Team = kind == ServiceKind.Volunteer ? "党员志愿服务队" : null,
            });
        }
    }
}
