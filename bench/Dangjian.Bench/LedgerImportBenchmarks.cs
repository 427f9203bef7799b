using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Data.Schema;
using Dangjian.Core.Imports.Ledgers;
using Dangjian.Core.Organizations;
using Dangjian.Core.Meetings;
using Dangjian.Core.OrgLife;
using Dangjian.Core.Meetings.Ledger;
using Dangjian.Core.Members;
using Dangjian.Core.Members.Export;
using Dangjian.Core.Members.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Dangjian.Bench;

/// <summary>
/// Importing a 三会一课 ledger of 2,000 meetings (100 branches × 20 members: 40,000 attendance rows, one absent and one
/// on leave per meeting) as the import page does — check pass, then check again and write in one transaction, audit
/// interceptor on — against a floor measured in the same run: the same rows inserted by prepared INSERTs in one
/// transaction, with no reading, checking or auditing.
/// dotnet bench/Dangjian.Bench/bin/Release/net10.0/Dangjian.Bench.dll ledger-quick [rounds]   (DANGJIAN_BENCH_PG=… for PostgreSQL)
/// </summary>
public static class LedgerImportBenchmarks
{
    public const int Branches = 100;
    public const int MembersPerBranch = 20;
    public const int MeetingsPerBranch = 20;
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 2, 0, 0, TimeSpan.Zero);

    public static async Task QuickAsync(int rounds)
    {
        var directory = Directory.CreateTempSubdirectory("dangjian-bench-ledger-").FullName;
        try
        {
            var database = new BenchDatabase(directory);
            var ledgerFile = Path.Combine(directory, "meetings.xlsx");

            var (township, branches) = await PrepareAsync(database, directory);
            await WriteLedgerAsync(ledgerFile, branches);
            Console.WriteLine($"// {BenchDatabase.ProviderName}: ledger {Branches * MeetingsPerBranch} meetings, {new FileInfo(ledgerFile).Length / 1024} KB");

            var ledger = new MeetingLedger(new AuditWriter(AuditKey.Resolve(null, directory)), SystemAuditContext.Instance);
            await using (var db = Open(database, directory, audited: false))
            {
                var scope = (await LedgerScope.OpenAsync(db, township.Id, "bench", new FakeTimeProvider(Now), default))!;
                var clock = Stopwatch.StartNew();
                using var reader = RosterReader.Open(ledgerFile, RosterFormat.Xlsx);
                var check = await ledger.CheckAsync(db, reader, scope, default);
                Console.WriteLine($"check (preview, cold): {clock.Elapsed.TotalSeconds:0.00} s, {check.NewKeys.Count} new, {check.ProblemCount} problems");
            }

            database.Drop();
            await ImportRounds.RunAsync("ledger import (check + write + audit, one transaction) / floor (prepared INSERTs of the same rows)", rounds,
                () => ImportOnceAsync(database, directory, ledger, ledgerFile), () => FloorOnceAsync(database, directory));
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    private static async Task<double> ImportOnceAsync(BenchDatabase database, string directory, MeetingLedger ledger, string ledgerFile)
    {
        var (township, _) = await PrepareAsync(database, directory);
        try
        {
            await using var db = Open(database, directory, audited: true);
            var imports = new LedgerImport(db, new FakeTimeProvider(Now), [ledger]);
            var scope = (await imports.ScopeAsync(township.Id, "bench", default))!;
            var clock = Stopwatch.StartNew();
            var (check, batch) = await imports.ImportAsync(ledger, () => RosterReader.Open(ledgerFile, RosterFormat.Xlsx), scope, "meetings.xlsx", default);
            var seconds = clock.Elapsed.TotalSeconds;
            if (batch?.CreatedCount != Branches * MeetingsPerBranch || await db.MeetingAttendances.CountAsync() != Branches * MeetingsPerBranch * MembersPerBranch)
            {
                throw new InvalidOperationException($"import failed: {check.Problems.FirstOrDefault()?.Describe()}");
            }

            return seconds;
        }
        finally
        {
            database.Drop();
        }
    }

    private static async Task<double> FloorOnceAsync(BenchDatabase database, string directory)
    {
        var (_, branches) = await PrepareAsync(database, directory);
        try
        {
            await using var db = Open(database, directory, audited: false);
            var clock = Stopwatch.StartNew();
            await FloorAsync(db, branches);
            return clock.Elapsed.TotalSeconds;
        }
        finally
        {
            database.Drop();
        }
    }

    private static async Task<(Organization Township, List<(Organization Branch, List<Member> Members)> Branches)> PrepareAsync(BenchDatabase database, string directory)
    {
        database.Create();
        await using var db = Open(database, directory, audited: false);
        await SchemaMigrator.MigrateAsync(db);
        var township = new Organization { Name = "基准镇党委", Level = OrgLevel.TownshipCommittee, Sector = OrgSector.Regional, Path = "/" };
        db.Organizations.Add(township);
        await db.SaveChangesAsync();
        township.Path = $"/{township.Id}/";
        var branches = new List<(Organization, List<Member>)>();
        for (var b = 0; b < Branches; b++)
        {
            var branch = new Organization
            {
                Name = $"基准{b + 1:000}村党支部", Code = $"B{b + 1:000}", Level = OrgLevel.Branch, Sector = OrgSector.Village, ParentId = township.Id,
                Depth = 1, SortOrder = b, Path = township.Path,
            };
            db.Organizations.Add(branch);
            var members = Enumerable.Range(0, MembersPerBranch).Select(i => new Member
            {
                Organization = branch, Name = $"党员{b:000}{i:00}", Sex = Sex.Male, BirthDate = new DateOnly(1970, 1, 1),
                JoinedOn = new DateOnly(2000, 7, 1), Status = MemberStatus.Full, State = MemberState.Active, Education = Education.HighSchool,
            }).ToList();
            db.Members.AddRange(members);
            branches.Add((branch, members));
        }

        await db.SaveChangesAsync();
        foreach (var (branch, _) in branches)
        {
            branch.Path = $"{township.Path}{branch.Id}/";
        }

        await db.SaveChangesAsync();
        return (township, branches);
    }

    private static async Task WriteLedgerAsync(string path, List<(Organization Branch, List<Member> Members)> branches)
    {
        await using var stream = File.Create(path);
        await XlsxStreamWriter.WriteAsync(stream, "三会一课台账", MeetingSheet.Columns.Select(c => c.Label).ToList(), Rows());

        async IAsyncEnumerable<string?[]> Rows()
        {
            await Task.CompletedTask;
            foreach (var (branch, members) in branches)
            {
                for (var i = 0; i < MeetingsPerBranch; i++)
                {
                    var day = new DateOnly(2025, 1, 1).AddDays(i * 18);
                    // by field, not by position: the sheet gains optional columns (授课人, 应到人员 …) over time
                    var cells = new Dictionary<MeetingSheetField, string?>
                    {
                        [MeetingSheetField.Organization] = branch.Code,
                        [MeetingSheetField.Kind] = i % 4 == 3 ? "党小组会" : "支部党员大会",
                        [MeetingSheetField.HeldOn] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        [MeetingSheetField.Topic] = $"第{i + 1}次会议",
                        [MeetingSheetField.Place] = "党群服务中心",
                        [MeetingSheetField.Chair] = members[0].Name,
                        [MeetingSheetField.Absent] = $"{members[1 + i % 5].Name}（外出务工）",
                        [MeetingSheetField.OnLeave] = $"{members[10 + i % 5].Name}（病假）",
                    };
                    yield return [.. MeetingSheet.Columns.Select(c => cells.GetValueOrDefault(c.Field))];
                }
            }
        }
    }

    // Meetings: one prepared INSERT re-run (SQLite) or multi-row INSERTs returning ids (PostgreSQL); attendance by the
    // fastest path the product has for it (AttendanceRows): the least any import of these rows can do.
    private static async Task FloorAsync(AppDbContext db, List<(Organization Branch, List<Member> Members)> branches)
    {
        await using var tx = await db.Database.BeginTransactionAsync();
        var connection = db.Database.GetDbConnection();
        var transaction = tx.GetDbTransaction();
        var pg = db.Database.IsNpgsql();
        var meetings = branches.SelectMany(b => Enumerable.Range(0, MeetingsPerBranch).Select(i => (b.Branch, b.Members, i))).ToList();
        var ids = new List<int>();
        foreach (var chunk in meetings.Chunk(pg ? 500 : 1))
        {
            var sql = new System.Text.StringBuilder("INSERT INTO meetings (organization_id, kind, held_on, topic, place, chair_name, includes_democratic_appraisal, entered_by_proxy, entered_at_utc, entered_by, version) VALUES ");
            var names = new List<string>();
            for (var j = 0; j < chunk.Length; j++)
            {
                sql.Append(j == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"(@o{j}, @k{j}, @d{j}, @t{j}, @p{j}, @c{j}, FALSE, TRUE, @e{j}, 'bench', 0)");
                names.AddRange([$"@o{j}", $"@k{j}", $"@d{j}", $"@t{j}", $"@p{j}", $"@c{j}", $"@e{j}"]);
            }

            sql.Append(pg ? " RETURNING id" : "; SELECT last_insert_rowid()");
            await using var command = Command(connection, transaction, sql.ToString(), [.. names]);
            var values = new List<object>();
            foreach (var (branch, members, i) in chunk)
            {
                var day = new DateOnly(2025, 1, 1).AddDays(i * 18);
                values.AddRange([branch.Id, (i % 4 == 3 ? MeetingKind.GroupMeeting : MeetingKind.MemberAssembly).ToString(),
                    pg ? day : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"第{i + 1}次会议", "党群服务中心", members[0].Name,
                    pg ? Now.UtcDateTime : Now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)]);
            }

            Set(command, [.. values]);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
            }
        }

        var rows = new List<MeetingAttendance>();
        for (var n = 0; n < meetings.Count; n++)
        {
            var (_, members, i) = meetings[n];
            rows.AddRange(members.Select((m, index) =>
            {
                var status = index == 1 + i % 5 ? AttendanceStatus.Absent : index == 10 + i % 5 ? AttendanceStatus.OnLeave : AttendanceStatus.Present;
                return new MeetingAttendance { MeetingId = ids[n], HeldOn = new DateOnly(2025, 1, 1).AddDays(i * 18), MemberId = m.Id, Status = status, AbsenceReason = status == AttendanceStatus.Present ? null : "原因" };
            }));
        }

        await AttendanceRows.InsertAsync(db, rows, default);
        await tx.CommitAsync();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            command.Parameters.Add(p);
        }

        return command;
    }

    private static void Set(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }

    private static AppDbContext Open(BenchDatabase database, string directory, bool audited)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        database.Setup.Configure(options);
        if (audited)
        {
            options.AddInterceptors(new AuditInterceptor(SystemAuditContext.Instance, new AuditWriter(AuditKey.Resolve(null, directory))));
        }

        return new AppDbContext(options.Options);
    }
}
