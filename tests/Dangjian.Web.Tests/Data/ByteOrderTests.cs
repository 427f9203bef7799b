using System.Net;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Web.Tests.Data;

/// <summary>
/// Tree order and name order are byte order on both providers, whatever the PostgreSQL cluster's locale (the test
/// cluster runs in zh_CN.UTF-8, which ignores '/' and spaces at the first levels), and the roster sorts and finds
/// names with characters outside GB2312.
/// </summary>
public sealed class ByteOrderTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Organizations_sort_by_path_as_a_tree()
    {
        await using var db = app.NewDbContext();
        foreach (var path in new[] { "/990000/52/", "/990000/5/23/", "/990000/5/" })
        {
            db.Organizations.Add(new Organization { Name = "排序测试" + path, Path = path, Depth = path.Count(c => c == '/') - 2, Level = OrgLevel.Branch });
        }

        await db.SaveChangesAsync();

        var sorted = await db.Organizations.Where(o => o.Path.StartsWith("/990000/")).OrderBy(o => o.Path).Select(o => o.Path).ToListAsync();

        sorted.ShouldBe(["/990000/5/", "/990000/5/23/", "/990000/52/"]);
    }

    [Fact]
    public async Task The_roster_sorts_rare_characters_by_pinyin_and_finds_them_by_initials()
    {
        var branch = await NewBranchOfAsync("clerk", ["周淼", "林阿娟", "张堃", "单磊", "李玥", "钱赟", "曾伟", "孙犇", "李晓明", "王喆", "赵昇", "吴鑫"]);
        var browser = await Browser.LoginAsync(app, "clerk");

        var (status, html) = await browser.GetAsync($"/Members?org={branch.Id}");

        status.ShouldBe(HttpStatusCode.OK);
        html.QuerySelectorAll("#members tbody tr td:first-child a").Select(a => a.TextContent)
            .ShouldBe(["李晓明", "李玥", "林阿娟", "钱赟", "单磊", "孙犇", "王喆", "吴鑫", "曾伟", "张堃", "赵昇", "周淼"]);
        foreach (var (query, name) in new[] { ("zk", "张堃"), ("WZ", "王喆"), ("ly", "李玥"), ("zs", "赵昇"), ("qy", "钱赟"), ("sb", "孙犇"), ("zm", "周淼"), ("wx", "吴鑫"), ("zw", "曾伟"), ("sl", "单磊"), ("zhangkun", "张堃") })
        {
            var (_, found) = await browser.GetAsync($"/Members?org={branch.Id}&q={query}");
            found.QuerySelectorAll("#members tbody tr td:first-child a").Select(a => a.TextContent).ShouldBe([name], $"q={query}");
        }
    }

    private async Task<Organization> NewBranchOfAsync(string user, string[] names)
    {
        await using var db = app.NewDbContext();
        var orgId = await db.Users.Where(u => u.UserName == user).Select(u => u.OrganizationId).SingleAsync();
        var township = await db.Organizations.SingleAsync(o => o.Id == orgId);
        var branch = new Organization { Name = "生僻字测试支部", ParentId = township.Id, Depth = township.Depth + 1, Level = OrgLevel.Branch, Path = township.Path };
        db.Organizations.Add(branch);
        await db.SaveChangesAsync();
        branch.Path = $"{township.Path}{branch.Id}/";
        db.Members.AddRange(names.Select(n => new Member { Name = n, OrganizationId = branch.Id, BirthDate = new(1980, 1, 1), JoinedOn = new(2005, 7, 1) }));
        await db.SaveChangesAsync();
        return branch;
    }
}
