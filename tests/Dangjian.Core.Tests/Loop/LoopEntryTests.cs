using Dangjian.Core.Loop.Bulletins;
using Dangjian.Core.Loop.Inspections;
using Dangjian.Core.Organizations;
using Dangjian.Core.Loop.Notices;
using Dangjian.Core.Loop.Rectification;
using Dangjian.Core.Tests.Cadres;
using Dangjian.Core.Time;
using Shouldly;

namespace Dangjian.Core.Tests.Loop;

/// <summary>What the loop's operations refuse on their own, beyond the checks of the pages that call them.</summary>
public sealed class LoopEntryTests
{
    [Fact]
    public async Task A_finding_is_recorded_only_by_the_inspecting_organization_and_only_for_its_targets()
    {
        await using var database = await CadreDatabase.CreateAsync();
        await using var db = database.Open();
        var township = await CadreDatabase.AddOrganizationAsync(db, "青石镇党委", OrgLevel.TownshipCommittee);
        var village = await CadreDatabase.AddOrganizationAsync(db, "青石村党支部", OrgLevel.Branch, township);
        var other = await CadreDatabase.AddOrganizationAsync(db, "白河村党支部", OrgLevel.Branch, township);
        var today = TimeProvider.System.Today();
        var inspection = new Inspection
        {
            OrganizationId = township.Id, Kind = InspectionKind.Routine, Year = today.Year, Round = 1, Title = "作风督查",
            StartedOn = today.AddDays(-1), Inspectors = "张三", Targets = [new InspectionTarget { OrganizationId = village.Id }],
        };
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync();
        var entry = new FindingEntry(db);
        var draft = new FindingDraft(village.Id, "台账不全", null, true, null, null);

        (await entry.AddAsync(inspection.Id, draft, new RectificationActor(village.Id, "村支书", TimeProvider.System.UtcNow()))).Errors.Keys.ShouldBe([""]);
        (await entry.AddAsync(inspection.Id, draft with { OrganizationId = other.Id }, new RectificationActor(township.Id, "党建办", TimeProvider.System.UtcNow())))
            .Errors[nameof(FindingDraft.OrganizationId)].ShouldBe("请选择本次督查的对象");
        (await entry.AddAsync(inspection.Id, draft, new RectificationActor(township.Id, "党建办", TimeProvider.System.UtcNow()))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task An_issued_bulletin_is_not_changed_and_another_organizations_draft_is_not_found()
    {
        await using var database = await CadreDatabase.CreateAsync();
        await using var db = database.Open();
        var township = await CadreDatabase.AddOrganizationAsync(db, "青石镇党委", OrgLevel.TownshipCommittee);
        var other = await CadreDatabase.AddOrganizationAsync(db, "白河镇党委", OrgLevel.TownshipCommittee);
        var bulletin = new Bulletin { OrganizationId = township.Id, Year = 2026, Month = 4, Title = "四月", Text = "一、情况" };
        db.Bulletins.Add(bulletin);
        await db.SaveChangesAsync();
        var entry = new BulletinEntry(db, TimeProvider.System);

        (await entry.SaveAsync(bulletin.Id, other.Id, new BulletinText("改", "改", bulletin.Version))).NotFound.ShouldBeTrue();
        (await entry.IssueAsync(bulletin.Id, township.Id, new BulletinText("四月", "一、情况", bulletin.Version), false, new DateOnly(2026, 4, 30)))
            .Errors["Confirm"].ShouldContain("请先勾选");
        (await entry.IssueAsync(bulletin.Id, township.Id, new BulletinText("四月", "一、情况", bulletin.Version), true, new DateOnly(2026, 4, 30))).Succeeded.ShouldBeTrue();
        (await entry.SaveAsync(bulletin.Id, township.Id, new BulletinText("改", "改", bulletin.Version))).Errors[""].ShouldBe("该通报已印发，不能再修改。");
    }
}
