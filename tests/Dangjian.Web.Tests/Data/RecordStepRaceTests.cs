using System.Globalization;
using System.Net;
using Dangjian.Core.Demo;
using Dangjian.Core.Development;
using Dangjian.Core.Members;
using Dangjian.Core.Reports;
using Dangjian.Core.Reports.Template;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Data;

/// <summary>
/// The concurrency drill (<see cref="ConcurrentSaves"/>) on the actions that are not plain edit forms: a member's transfer
/// and state change, a development case's next step, and the county template's indicators and 一、 themes. Exactly one
/// of 30 saves from the same version wins; the others are told so in Chinese; nothing is recorded twice.
/// </summary>
public sealed class RecordStepRaceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Conflict = "刚被其他人修改过";
    private const string StaleForm = "已被他人修改，请刷新后重试";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<(int Member, List<int> Branches)> ActiveMemberAsync(int skip)
    {
        await using var db = app.NewDbContext();
        var township = await db.Organizations.SingleAsync(o => o.Name == DemoCounty.DetailedTownshipName);
        var member = await db.Members.Where(m => m.Organization!.Path.StartsWith(township.Path) && m.State == MemberState.Active)
            .OrderBy(m => m.Id).Skip(skip).FirstAsync();
        var branches = await db.Organizations.Where(o => o.ParentId == township.Id && o.IsActive && o.Id != member.OrganizationId)
            .OrderBy(o => o.SortOrder).Select(o => o.Id).Take(6).ToListAsync();
        return (member.Id, branches);
    }

    [Fact]
    public async Task Member_transfer()
    {
        var (member, branches) = await ActiveMemberAsync(7);
        var transfersBefore = await CountTransfersAsync(member);

        var replies = await ConcurrentSaves.RaceAsync(app, "clerk", $"/Members/Transfer/{member}", f => f.Id == "transfer-form", (i, fields) =>
        {
            fields.Set("Input.Kind", "Within");
            fields.Set("Input.ToOrganizationId", Text(branches[i % branches.Count]));
            fields.Set("Input.Note", $"并发转接〔{i}〕");
        });

        var winner = replies.ShouldHaveOneWinner(Conflict);
        await using var check = app.NewDbContext();
        (await check.Members.SingleAsync(m => m.Id == member)).OrganizationId.ShouldBe(branches[winner % branches.Count]);
        (await CountTransfersAsync(member)).ShouldBe(transfersBefore + 1, "one transfer recorded, not one per save");
    }

    [Fact]
    public async Task Member_state_change()
    {
        var (member, _) = await ActiveMemberAsync(9);
        MemberState[] states = [MemberState.Stopped, MemberState.Deceased];

        var replies = await ConcurrentSaves.RaceAsync(app, "clerk", $"/Members/Transfer/{member}", f => f.Id == "state-form",
            (i, fields) => fields.Set("StateChange.State", states[i % 2].ToString()));

        var winner = replies.ShouldHaveOneWinner(Conflict);
        await using var check = app.NewDbContext();
        (await check.Members.SingleAsync(m => m.Id == member)).State.ShouldBe(states[winner % 2]);
    }

    [Fact]
    public async Task Development_case_step()
    {
        var today = app.Clock.Today();
        int id;
        await using (var db = app.NewDbContext())
        {
            var branch = await db.Organizations.FirstAsync(o => o.Parent!.Name == DemoCounty.DetailedTownshipName);
            var clerk = await Browser.LoginAsync(app, "clerk");
            var name = $"并发申请人{Guid.NewGuid():N}"[..12];
            (await clerk.PostFormAsync("/Development/Create", new()
            {
                ["Form.OrganizationId"] = Text(branch.Id), ["Form.Name"] = name, ["Form.Sex"] = "Female",
                ["Form.BirthDate"] = today.AddYears(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Form.Education"] = "HighSchool",
                ["Form.AppliedOn"] = today.AddDays(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            id = await db.DevelopmentCases.Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
        }

        var replies = await ConcurrentSaves.RaceAsync(app, "clerk", $"/Development/Details/{id}", f => f.Id == "record-step", (i, fields) =>
        {
            fields.Set("Form.Step", Text(StepNumbers.Talk));
            fields.Set("Form.Note", $"谈话〔{i}〕");
        });

        var winner = replies.ShouldHaveOneWinner(StaleForm);
        await using var check = app.NewDbContext();
        var talks = await check.DevelopmentSteps.Where(s => s.CaseId == id && s.Step == StepNumbers.Talk).ToListAsync();
        talks.Count.ShouldBe(1, "the step is recorded once");
        talks[0].Note.ShouldBe($"谈话〔{winner}〕");
    }

    [Fact]
    public async Task Template_indicators()
    {
        var replies = await ConcurrentSaves.RaceAsync(app, "county", "/Reports/Template/Indicators?id=commitments.count",
            f => f.QuerySelector("[name='Form.Name']") is not null, (i, fields) => fields.Set("Form.Name", $"承诺事项〔{i}〕"));

        var winner = replies.ShouldHaveOneWinner(Conflict);
        (await CountyTemplateAsync()).Indicators!.Single(d => d.Id == "commitments.count").Name.ShouldBe($"承诺事项〔{winner}〕");
    }

    [Fact]
    public async Task Template_theme()
    {
        var replies = await ConcurrentSaves.RaceAsync(app, "county", "/Reports/Template/Theme?theme=1",
            f => f.QuerySelector("[name='Form.Theme']") is not null, (i, fields) => fields.Set("Form.Theme", $"抓班子带队伍〔{i}〕"));

        var winner = replies.ShouldHaveOneWinner(Conflict);
        (await CountyTemplateAsync()).Highlights![0].Theme.ShouldBe($"抓班子带队伍〔{winner}〕");
    }

    private async Task<int> CountTransfersAsync(int member)
    {
        await using var db = app.NewDbContext();
        return await db.MemberTransfers.CountAsync(t => t.MemberId == member);
    }

    private async Task<ReportTemplate> CountyTemplateAsync()
    {
        await using var db = app.NewDbContext();
        var county = await db.Organizations.Where(o => o.ParentId == null).Select(o => o.Id).SingleAsync();
        return ReportTemplate.Parse((await db.CountyReportTemplates.SingleAsync(t => t.OrganizationId == county)).Json);
    }
}
