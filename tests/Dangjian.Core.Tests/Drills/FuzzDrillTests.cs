using System.Diagnostics;
using System.Security.Cryptography;
using Dangjian.Core.Meetings;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Core.Members.Import;
using Dangjian.Core.Security;
using Dangjian.Core.Tests.Audit;
using Shouldly;

namespace Dangjian.Core.Tests.Drills;

/// <summary>
/// Fuzz drill: every generated malformed file goes through the upload checks and, when they let it pass, the full read
/// and the import preview, in process. Each must end in a Chinese message or a preview — never an exception — within
/// bounded memory per file and bounded total time. (The member roster is the only importer today; the ledger importer
/// and the report checker join the loop when they exist.)
/// </summary>
public sealed class FuzzDrillTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const long MaxAllocatedPerFile = 256L * 1024 * 1024;
    private readonly MemberSecrets secrets = new(new AesGcmFieldCipher(RandomNumberGenerator.GetBytes(32)), new HmacBlindIndex(RandomNumberGenerator.GetBytes(32)));
    private AuditDatabase database = null!;
    private ImportTarget target = null!;
    private TestDbContext? db;

    public async ValueTask InitializeAsync()
    {
        database = await AuditDatabase.CreateAsync();
        await using var db = database.Open();
        var village = new Organization { Name = "青石村党支部", ShortName = "青石村", Level = OrgLevel.Branch, Sector = OrgSector.Village, Path = "/1/" };
        db.Organizations.Add(village);
        await db.SaveChangesAsync();
        target = new ImportTarget(village, new Dictionary<string, int> { ["青石村党支部"] = village.Id });
    }

    public async ValueTask DisposeAsync()
    {
        if (db is not null)
        {
            await db.DisposeAsync();
        }

        await database.DisposeAsync();
    }

    private async Task<string> OutcomeAsync(FuzzFile file)
    {
        if (Path.GetExtension(file.Name).Equals(".docx", StringComparison.OrdinalIgnoreCase))
        {
            var (_, error) = AttachmentRules.Check(file.Name, file.Bytes.Length, file.Bytes.AsSpan(0, Math.Min(8, file.Bytes.Length)));
            return error ?? "accepted";
        }

        var format = default(RosterFormat);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var problem = RosterFile.Check(new MemoryStream(file.Bytes), file.Name, new ImportOptions(), out format)
            ?? RosterProbe.Read(new MemoryStream(file.Bytes), format);
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(MaxAllocatedPerFile, $"{file.Kind} allocated too much");
        if (problem is not null)
        {
            return problem;
        }

        using var reader = RosterReader.Open(new MemoryStream(file.Bytes), format);
        var mapping = ColumnMapping.Guess(reader.Headers);
        if (mapping.Problems().Count > 0)
        {
            return "accepted";
        }

        db ??= database.Open();
        db.ChangeTracker.Clear();
        var preview = await new MemberImporter(db, secrets, database.Writer, database.Actor).PreviewAsync(reader, mapping, target, new DateOnly(2026, 12, 4));
        preview.Errors.ShouldAllBe(e => e.Message.Any(c => c >= '\u4e00' && c <= '\u9fff'));
        return "accepted";
    }

    [Fact]
    public async Task Five_thousand_malformed_files_end_in_a_chinese_message_or_a_preview()
    {
        var clock = Stopwatch.StartNew();
        var files = FuzzCorpus.Generate().ToList();
        var generated = clock.Elapsed;
        var counts = new Dictionary<string, (int Files, int Rejected, int Accepted)>();
        var seconds = new Dictionary<string, double>();
        var failures = new List<string>();
        foreach (var file in files)
        {
            var (n, rejected, accepted) = counts.GetValueOrDefault(file.Kind);
            var started = clock.Elapsed;
            try
            {
                var outcome = await OutcomeAsync(file);
                var isAccepted = outcome == "accepted";
                if (!isAccepted && !outcome.Any(c => c >= '\u4e00' && c <= '\u9fff'))
                {
                    failures.Add($"{file.Kind}: message not in Chinese: {outcome}");
                }

                counts[file.Kind] = (n + 1, rejected + (isAccepted ? 0 : 1), accepted + (isAccepted ? 1 : 0));
            }
            catch (Exception e)
            {
                counts[file.Kind] = (n + 1, rejected, accepted);
                failures.Add($"{file.Kind} #{n}: {e.GetType().Name}: {e.Message}");
            }

            seconds[file.Kind] = seconds.GetValueOrDefault(file.Kind) + (clock.Elapsed - started).TotalSeconds;
        }

        var big = Path.GetTempFileName();
        try
        {
            await using (var sparse = File.OpenWrite(big))
            {
                sparse.SetLength(50L * 1024 * 1024);
            }

            await using var fifty = File.OpenRead(big);
            RosterFile.Check(fifty, "名册.xlsx", new ImportOptions(), out _).ShouldBe(RosterFile.TooLarge(new ImportOptions().MaxUploadBytes));
        }
        finally
        {
            File.Delete(big);
        }

        foreach (var (kind, (n, rejected, accepted)) in counts)
        {
            output.WriteLine($"{kind}: {n} files, {rejected} refused with a Chinese message, {accepted} accepted, {seconds[kind]:0.0} s");
        }

        output.WriteLine($"total {files.Count} files + one of 50 MB; generated in {generated.TotalSeconds:0.0} s, all in {clock.Elapsed.TotalSeconds:0.0} s; failures {failures.Count}");
        failures.Take(20).ShouldBeEmpty();
        files.Count.ShouldBeGreaterThanOrEqualTo(5000);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(120), "bounded time (about 40 s alone on a loaded 2-core machine)");
        GC.GetTotalMemory(forceFullCollection: true).ShouldBeLessThan(512L * 1024 * 1024);
    }
}
