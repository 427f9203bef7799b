using System.Reflection;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Dangjian.Web.Tests.Infrastructure;

/// <summary>
/// One house (ADR 0022, docs/decisions/0022-one-feature-name-and-page-slices.md): pages write only through Core operations, only Core appends to the audit log, Core knows nothing of the web, and every folder of the
/// web project and of the tests has its counterpart in Core. Read from the built assemblies and the source tree.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Web = typeof(Program).Assembly;
    private static readonly Assembly Core = typeof(AppDbContext).Assembly;

    private static readonly HashSet<string> WriteMethods =
    [
        "SaveChanges", "SaveChangesAsync", "Add", "AddAsync", "AddRange", "AddRangeAsync", "Remove", "RemoveRange",
        "Update", "UpdateRange", "Attach", "AttachRange", "ExecuteUpdate", "ExecuteUpdateAsync", "ExecuteDelete",
        "ExecuteDeleteAsync", "ExecuteSql", "ExecuteSqlAsync", "ExecuteSqlRaw", "ExecuteSqlRawAsync",
        "ExecuteSqlInterpolated", "ExecuteSqlInterpolatedAsync",
    ];

    /// <summary>Folders with no Core counterpart by design: the web's plumbing, Razor's shared layouts, cross-cutting drills.</summary>
    private static readonly HashSet<string> Plumbing = ["Infrastructure", "Shared", "Drills", "Properties"];

    [Fact]
    public void No_page_or_endpoint_writes_to_the_database_itself()
    {
        var offences = PageTypes()
            .SelectMany(t => IlCalls.Of(t).Where(IsWrite).Select(m => $"{t.FullName} → {m.DeclaringType?.Name}.{m.Name}"))
            .Distinct().Order().ToList();

        Assert.True(offences.Count == 0, "页面只经由 Core 操作（IOperation）写入：\n" + string.Join("\n", offences));
    }

    /// <summary>Audit entries beyond the interceptor's are appended by Core operations (exports, sign-ins, refusals); Web only calls them.</summary>
    [Fact]
    public void No_web_type_appends_to_the_audit_log_itself()
    {
        var offences = Web.GetTypes().Where(t => !t.IsNested)
            .SelectMany(t => IlCalls.Of(t)
                .Where(m => m.DeclaringType == typeof(AuditWriter) && m.Name == nameof(AuditWriter.AppendAsync))
                .Select(_ => t.FullName))
            .Distinct().Order().ToList();

        Assert.True(offences.Count == 0, "审计日志只由 Core 操作写入（AuditWriter.AppendAsync）：\n" + string.Join("\n", offences));
    }

    [Fact]
    public void No_page_or_endpoint_constructs_a_core_service_on_the_database()
    {
        var offences = PageTypes()
            .SelectMany(t => IlCalls.Of(t).OfType<ConstructorInfo>()
                .Where(c => c.DeclaringType?.Assembly == Core && c.GetParameters().Any(p => typeof(DbContext).IsAssignableFrom(p.ParameterType)))
                .Select(c => $"{t.FullName} → new {c.DeclaringType!.Name}(…)"))
            .Distinct().Order().ToList();

        Assert.True(offences.Count == 0, "页面注入 Core 服务，不自行 new：\n" + string.Join("\n", offences));
    }

    [Fact]
    public void Core_references_no_web_assembly_but_identitys_user_model()
    {
        var web = Core.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) && !n.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(web);
    }

    [Fact]
    public void Every_folder_of_web_and_tests_has_its_core_counterpart()
    {
        var root = RepositoryRoot();
        var core = Folders(Path.Combine(root, "src", "Dangjian.Core")).ToHashSet();
        var others = new[]
        {
            Path.Combine(root, "src", "Dangjian.Web", "Pages"), Path.Combine(root, "src", "Dangjian.Web"),
            Path.Combine(root, "tests", "Dangjian.Core.Tests"), Path.Combine(root, "tests", "Dangjian.Web.Tests"),
            Path.Combine(root, "tests", "Dangjian.E2E"),
        };

        var orphans = others
            .SelectMany(top => Folders(top).Where(f => !(top.EndsWith("Dangjian.Web", StringComparison.Ordinal) && f.StartsWith("Pages", StringComparison.Ordinal)))
                .Where(f => !core.Contains(f) && !Plumbing.Contains(f.Split('/')[0]))
                .Select(f => Path.GetRelativePath(root, Path.Combine(top, f)).Replace('\\', '/')))
            .Order().ToList();

        Assert.Contains("Loop/Talks", core);
        Assert.True(orphans.Count == 0, "这些目录在 Core 中没有同名目录：\n" + string.Join("\n", orphans));
    }

    private static bool IsWrite(MethodBase m)
    {
        var type = m.DeclaringType;
        if (type is null)
        {
            return false;
        }

        var onContext = typeof(DbContext).IsAssignableFrom(type) || type == typeof(DatabaseFacade)
            || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(DbSet<>))
            || type.Name is "EntityFrameworkQueryableExtensions" or "RelationalQueryableExtensions" or "RelationalDatabaseFacadeExtensions";
        return onContext && WriteMethods.Contains(m.Name);
    }

    /// <summary>Page models, their forms and helpers (everything under Pages) and the JSON API's endpoints.</summary>
    private static IEnumerable<Type> PageTypes() => Web.GetTypes().Where(t =>
        !t.IsNested && t.Namespace is { } ns
        && (ns.StartsWith("Dangjian.Web.Pages", StringComparison.Ordinal) || ns == "Dangjian.Web.Meetings"));

    /// <summary>Folders holding C# files (directly or below), relative to top, without build output.</summary>
    private static IEnumerable<string> Folders(string top) =>
        Directory.EnumerateFiles(top, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(top, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Where(f => f != "." && !f.Split('/').Any(p => p is "bin" or "obj"))
            .SelectMany(Prefixes)
            .Distinct();

    private static IEnumerable<string> Prefixes(string folder)
    {
        var parts = folder.Split('/');
        return Enumerable.Range(1, parts.Length).Select(n => string.Join('/', parts.Take(n)));
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dangjian.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Dangjian.slnx not found above " + AppContext.BaseDirectory);
    }
}
