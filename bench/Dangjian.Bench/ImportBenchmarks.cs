using System.Globalization;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Demo;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Core.Members.Export;
using Dangjian.Core.Members.Import;
using Dangjian.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Bench;

/// <summary>
/// Importing a 100,000-member roster (.xlsx written by <see cref="XlsxStreamWriter"/> from the demo generator) into a
/// fresh SQLite file (or PostgreSQL database, see <see cref="BenchDatabase"/>), as the import page does: streaming read, validation, encryption + blind index, batched inserts
/// in one transaction, audit interceptor on (one audit entry per member plus the import entry).
/// dotnet run -c Release --project bench/Dangjian.Bench -- --filter '*ImportBenchmarks*'
/// </summary>
[Config(typeof(OneShot))]
[MemoryDiagnoser]
public class ImportBenchmarks
{
    /// <summary>One cold run in this process (the generated-project toolchain cannot restore offline here).</summary>
    private sealed class OneShot : ManualConfig
    {
        public OneShot() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(1).WithInvocationCount(1).WithUnrollFactor(1));
    }

    /// <summary>
    /// <c>quick [rounds]</c>: the phases timed once, without BenchmarkDotNet, then the import beside its floor
    /// (<see cref="ImportRounds"/>): the same member rows — parsed, encrypted and indexed beforehand — inserted with the same
    /// indexes in one transaction by one prepared INSERT (SQLite) or binary COPY (PostgreSQL), nothing read, checked or audited.
    /// </summary>
    public static async Task QuickAsync(int rounds)
    {
        var b = new ImportBenchmarks();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        b.WriteRoster();
        Console.WriteLine($"write roster: {clock.Elapsed.TotalSeconds:0.0} s");
        clock.Restart();
        using (var reader = RosterReader.Open(b.roster, RosterFormat.Xlsx))
        {
            var n = reader.Rows().Count();
            Console.WriteLine($"read only: {n} rows in {clock.Elapsed.TotalSeconds:0.0} s");
        }

        clock.Restart();
        var members = b.ParsedMembers();
        Console.WriteLine($"read + parse + encrypt: {members.Count} valid in {clock.Elapsed.TotalSeconds:0.0} s");

        await ImportRounds.RunAsync("roster import (100,000 members) / floor (the same rows, prepared INSERTs or COPY)", rounds,
            async () =>
            {
                b.NewDatabase();
                try
                {
                    var (before, cpu) = (Environment.TickCount64, Environment.CpuUsage.TotalTime);
                    await b.Import100k();
                    Console.WriteLine($"// this process's CPU during the import: {(Environment.CpuUsage.TotalTime - cpu).TotalSeconds:0.00} s (both threads; the server's not counted)");
                    return (Environment.TickCount64 - before) / 1000.0;
                }
                finally
                {
                    b.Delete();
                }
            },
            async () =>
            {
                b.NewDatabase();
                try
                {
                    await using var db = b.Open(out _, audited: false);
                    var before = Environment.TickCount64;
                    await MemberFloor.InsertAsync(db, members);
                    return (Environment.TickCount64 - before) / 1000.0;
                }
                finally
                {
                    b.Delete();
                }
            });
        b.Cleanup();
    }

    /// <summary>The roster's rows as the import stores them (branch 1, resident ID and phone encrypted, pinyin filled).</summary>
    private List<Member> ParsedMembers()
    {
        using var reader = RosterReader.Open(roster, RosterFormat.Xlsx);
        var parser = new RosterRowParser(ColumnMapping.Guess(reader.Headers), new Dictionary<string, int>(), 1, Today);
        var members = new List<Member>(Members);
        foreach (var row in reader.Rows().Select(parser.Parse))
        {
            var m = row.Member ?? throw new InvalidOperationException($"row {row.Row}: {row.Errors.FirstOrDefault()}");
            secrets.SetResidentId(m, row.ResidentId);
            secrets.SetPhone(m, row.Phone);
            m.NamePinyin = Pinyin.NameSortKey(m.Name);
            m.NameInitials = Pinyin.Initials(m.Name, personName: true);
            members.Add(m);
        }

        return members;
    }

    public bool Audited { get; set; } = true;

    public const int Members = 100_000;
    private static readonly DateOnly Today = new(2026, 11, 21);

    private readonly string directory = Directory.CreateTempSubdirectory("dangjian-bench-import-").FullName;
    private readonly MemberSecrets secrets = new(new AesGcmFieldCipher(RandomNumberGenerator.GetBytes(32)), new HmacBlindIndex(RandomNumberGenerator.GetBytes(32)));
    private string roster = "";
    private BenchDatabase database = null!;
    private Organization branch = null!;

    [GlobalSetup]
    public void WriteRoster()
    {
        roster = Path.Combine(directory, "roster.xlsx");
        using var stream = File.Create(roster);
        XlsxStreamWriter.WriteAsync(stream, "党员名册", ["姓名", "性别", "出生日期", "身份证号", "入党时间", "转正时间", "人员类别", "学历", "民族", "工作岗位", "联系电话"], Rows())
            .GetAwaiter().GetResult();
        Console.WriteLine($"// roster: {Members} rows, {new FileInfo(roster).Length / 1024} KB");
    }

    private static async IAsyncEnumerable<string?[]> Rows()
    {
        await Task.CompletedTask;
        var village = new Organization { Name = "基准村党支部", Sector = OrgSector.Village };
        var i = 0;
        foreach (var m in new DemoMembers(new Random(42), Today).For(village, Members))
        {
            // Region and sequence from the row number: every ID is distinct, fictional (99…) and consistent.
            var id = FictionalResidentId.Create($"99{i / 500 % 10000:D4}", m.BirthDate, m.Sex, i % 500);
            yield return
            [
                m.Name, PeopleLabels.Of(m.Sex), D(m.BirthDate), id, D(m.JoinedOn), m.ConvertedOn is { } c ? D(c) : null,
                PeopleLabels.Of(m.Status), PeopleLabels.Of(m.Education), "汉族", "村民", $"139{i:D8}",
            ];
            i++;
        }

        static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    [IterationSetup]
    public void NewDatabase()
    {
        database ??= new BenchDatabase(directory);
        database.Create();
        using var db = Open(out _);
        SchemaMigrator.MigrateAsync(db).GetAwaiter().GetResult();
        branch = new Organization { Name = "基准村党支部", Level = OrgLevel.Branch, Sector = OrgSector.Village, Path = "/1/" };
        db.Organizations.Add(branch);
        db.SaveChanges();
    }

    private AppDbContext Open(out AuditWriter writer, bool audited = true)
    {
        writer = new AuditWriter(AuditKey.Resolve(null, directory));
        var options = new DbContextOptionsBuilder<AppDbContext>();
        database.Setup.Configure(options);
        if (audited)
        {
            options.AddInterceptors(new AuditInterceptor(SystemAuditContext.Instance, writer));
        }

        return new AppDbContext(options.Options);
    }

    [Benchmark]
    public async Task<int> Import100k()
    {
        await using var db = Open(out var writer, Audited);
        using var reader = RosterReader.Open(roster, RosterFormat.Xlsx);
        var mapping = ColumnMapping.Guess(reader.Headers);
        var target = new ImportTarget(branch, new Dictionary<string, int>());
        var report = await new MemberImporter(db, secrets, writer, SystemAuditContext.Instance)
            .ImportAsync(reader, mapping, target, Today, validOnly: false, "roster.xlsx");
        if (!report.Committed || report.Imported != Members)
        {
            throw new InvalidOperationException($"import failed: {report.Errors.FirstOrDefault()}");
        }

        Console.WriteLine($"// {BenchDatabase.ProviderName}: imported {report.Imported} in {report.Elapsed.TotalSeconds:0.0} s ({report.RowsPerSecond:0} rows/s)");
        return report.Imported;
    }

    [IterationCleanup]
    public void Delete() => database.Drop();

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, true);
}
