using System.Security.Cryptography;
using System.Text;
using Dangjian.Core.Audit;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Core.Members.Import;
using Dangjian.Core.Security;
using Dangjian.Core.Tests.Audit;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Dangjian.Core.Tests.Members;

public sealed class ImportTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private readonly string dir = Directory.CreateTempSubdirectory("dangjian-import-").FullName;
    private readonly MemberSecrets secrets = new(new AesGcmFieldCipher(RandomNumberGenerator.GetBytes(32)), new HmacBlindIndex(RandomNumberGenerator.GetBytes(32)));
    private AuditDatabase database = null!;
    private Organization village = null!;
    private Organization other = null!;

    public async ValueTask InitializeAsync()
    {
        database = await AuditDatabase.CreateAsync();
        await using var db = database.Open();
        village = new Organization { Name = "青石村党支部", ShortName = "青石村", Level = OrgLevel.Branch, Sector = OrgSector.Village, Path = "/1/" };
        other = new Organization { Name = "柳溪村党支部", Level = OrgLevel.Branch, Sector = OrgSector.Village, Path = "/2/" };
        db.Organizations.AddRange(village, other);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(dir, true);
    }

    private async Task<ImportReport> ImportAsync(string path, bool validOnly = false, RosterFormat format = RosterFormat.Xlsx)
    {
        await using var db = database.Open();
        using var reader = RosterReader.Open(path, format);
        var mapping = ColumnMapping.Guess(reader.Headers);
        mapping.Problems().ShouldBeEmpty();
        var target = new ImportTarget(village, new Dictionary<string, int> { ["青石村党支部"] = village.Id, ["青石村"] = village.Id });
        return await new MemberImporter(db, secrets, database.Writer, database.Actor).ImportAsync(reader, mapping, target, Today, validOnly, "roster.xlsx");
    }

    private async Task<List<Member>> MembersAsync()
    {
        await using var db = database.Open();
        return await db.Members.OrderBy(m => m.Id).ToListAsync();
    }

    private static List<object?[]> FiveRowsWithABadIdInTheMiddle()
    {
        var rows = new[] { "张三", "李四", "王五", "赵六", "钱七" }.Select((n, i) => TestFiles.Row(i + 1, n, "青石村")).ToList();
        rows[2][4] = "990101197001010000"; // row 4 of the sheet: wrong check digit
        return rows;
    }

    [Fact]
    public void Chinese_headers_are_mapped_automatically()
    {
        var mapping = ColumnMapping.Guess(TestFiles.Headers);
        mapping.ColumnOf(RosterField.Name).ShouldBe(1);
        mapping.ColumnOf(RosterField.ResidentId).ShouldBe(4);
        mapping.ColumnOf(RosterField.JoinedOn).ShouldBe(5);
        mapping.ColumnOf(RosterField.ConvertedOn).ShouldBe(6);
        mapping.ColumnOf(RosterField.Status).ShouldBe(7);
        mapping.ColumnOf(RosterField.Occupation).ShouldBe(10);
        mapping.ColumnOf(RosterField.Phone).ShouldBe(11);
        mapping.ColumnOf(RosterField.Branch).ShouldBe(12);
        ColumnMapping.Guess(["党员姓名", "出生年月", "公民身份号码", "入党日期", "党员类别", "文化程度", "所在党组织", "职业"]).Columns.Count.ShouldBe(8);
    }

    [Fact]
    public void A_preset_follows_the_headers_not_their_positions()
    {
        var first = new ColumnMapping(["名", "证件", "入党", "学历"], new Dictionary<RosterField, int>
        {
            [RosterField.Name] = 0, [RosterField.ResidentId] = 1, [RosterField.JoinedOn] = 2, [RosterField.Education] = 3,
        });
        var again = ColumnMapping.FromPreset(first.ToPreset(), ["学历", "入党", "名", "证件", "备注"]);
        again.ColumnOf(RosterField.Name).ShouldBe(2);
        again.ColumnOf(RosterField.ResidentId).ShouldBe(3);
        again.ColumnOf(RosterField.JoinedOn).ShouldBe(1);
        again.ColumnOf(RosterField.Education).ShouldBe(0);
        again.Problems().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_malformed_row_in_the_middle_writes_nothing_and_is_reported_with_row_and_column()
    {
        var path = TestFiles.Xlsx(dir, FiveRowsWithABadIdInTheMiddle());

        var report = await ImportAsync(path);

        report.Committed.ShouldBeFalse();
        report.Imported.ShouldBe(0);
        report.Rows.ShouldBe(5);
        report.ValidRows.ShouldBe(4);
        var error = report.Errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(4);
        error.Column.ShouldBe("身份证号");
        error.Message.ShouldContain("校验");
        (await MembersAsync()).ShouldBeEmpty();
        (await database.EntriesAsync()).ShouldNotContain(e => e.TargetType == nameof(Member));
    }

    [Fact]
    public async Task Valid_only_writes_the_other_rows_in_one_audited_import()
    {
        var path = TestFiles.Xlsx(dir, FiveRowsWithABadIdInTheMiddle());

        var report = await ImportAsync(path, validOnly: true);

        report.Committed.ShouldBeTrue();
        report.Imported.ShouldBe(4);
        var members = await MembersAsync();
        members.Select(m => m.Name).ShouldBe(["张三", "李四", "赵六", "钱七"]);
        members.ShouldAllBe(m => m.OrganizationId == village.Id && m.ResidentIdCipher != null && m.NameInitials.Length == 2);
        secrets.RevealResidentId(members[0]).ShouldBe((string)TestFiles.Row(1, "张三")[4]!);
        members[0].JoinedOn.ShouldBe(new DateOnly(2001, 7, 1));
        members[0].Education.ShouldBe(Education.Bachelor);
        members[0].PhoneMasked.ShouldBe("138****1234");
        var entries = await database.EntriesAsync();
        entries.Count(e => e.Action == AuditAction.Create && e.TargetType == nameof(Member)).ShouldBe(4);
        entries.ShouldContain(e => e.Action == AuditAction.Import && e.Details!.Contains("\"imported\":4"));
    }

    [Fact]
    public async Task Every_error_names_row_column_and_reason()
    {
        var rows = Enumerable.Range(1, 6).Select(i => TestFiles.Row(i, "党员" + i)).ToList();
        rows[0][1] = null;                  // row 2: no name
        rows[1][3] = "1990-13-45";          // row 3: bad birth date
        rows[2][4] = 990101197001010000d;   // row 4: ID typed as a number
        rows[3][8] = "扫盲班";              // row 5: education unknown
        rows[4][12] = "不存在的支部";        // row 6: unknown branch
        rows[5][2] = rows[5][2] as string == "男" ? "女" : "男"; // row 7: sex disagrees with the ID
        var path = TestFiles.Xlsx(dir, rows);

        var report = await ImportAsync(path);

        report.Imported.ShouldBe(0);
        report.Errors.Select(e => (e.Row, e.Column)).ShouldBe([(2, "姓名"), (3, "出生日期"), (4, "身份证号"), (5, "学历"), (6, "所在支部"), (7, "身份证号")]);
        report.Errors.ShouldAllBe(e => e.Message.Length > 5);
        report.Errors[2].Message.ShouldContain("文本");
        report.Errors[5].Message.ShouldContain("性别");
    }

    [Fact]
    public async Task Duplicates_are_found_in_the_file_and_anywhere_in_the_deployment()
    {
        var taken = TestFiles.Row(9, "已登记");
        await using (var db = database.Open())
        {
            var existing = new Member { Name = "别处的人", OrganizationId = other.Id, BirthDate = new DateOnly(1970, 1, 1), JoinedOn = new DateOnly(2000, 1, 1) };
            secrets.SetResidentId(existing, (string)taken[4]!);
            db.Members.Add(existing);
            await db.SaveChangesAsync();
        }

        var rows = new List<object?[]> { TestFiles.Row(1, "张三"), TestFiles.Row(1, "张三"), taken };
        var report = await ImportAsync(TestFiles.Xlsx(dir, rows), validOnly: true);

        report.Imported.ShouldBe(1);
        report.Errors.Select(e => (e.Row, e.Message)).ShouldBe([(3, "身份证号与本文件第 2 行重复。"), (4, "该身份证号已在系统中登记。")]);
        report.Errors[1].Message.ShouldNotContain("柳溪");
    }

    [Fact]
    public async Task A_title_row_above_the_headers_keeps_spreadsheet_row_numbers()
    {
        var rows = FiveRowsWithABadIdInTheMiddle();
        var path = TestFiles.Xlsx(dir, rows, before: [["青石村党员花名册"]]);

        using (var reader = RosterReader.Open(path, RosterFormat.Xlsx))
        {
            reader.HeaderRow.ShouldBe(2);
        }

        var report = await ImportAsync(path);
        report.Errors.ShouldHaveSingleItem().Row.ShouldBe(5);
    }

    [Fact]
    public async Task Csv_in_gb18030_or_utf8_imports()
    {
        var rows = Enumerable.Range(1, 3).Select(i => TestFiles.Row(i, "曾" + "一二三"[i - 1])).ToList();
        var gbk = TestFiles.Csv(dir, rows, CodePagesEncoding(), "gbk.csv");

        var report = await ImportAsync(gbk, format: RosterFormat.Csv);
        report.Errors.ShouldBeEmpty();
        report.Imported.ShouldBe(3);
        (await MembersAsync()).Select(m => m.NamePinyin).ShouldBe(["zeng yi", "zeng er", "zeng san"]);

        static Encoding CodePagesEncoding()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }

    [Fact]
    public async Task A_large_roster_is_imported_in_batches()
    {
        var rows = Enumerable.Range(1, 2500).Select(i => TestFiles.Row(i, "党员")).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var birth = new DateOnly(1950, 1, 1).AddDays(i);
            rows[i][3] = birth.ToString("yyyy-MM-dd");
            rows[i][2] = "男";
            rows[i][4] = TestFiles.Id(birth, Sex.Male, 7);
        }

        var report = await ImportAsync(TestFiles.Xlsx(dir, rows));
        report.Errors.ShouldBeEmpty();
        report.Imported.ShouldBe(2500);
        (await MembersAsync()).Count.ShouldBe(2500);
    }

    private static List<object?[]> DistinctRows(int count) => [.. Enumerable.Range(1, count).Select(i =>
    {
        var birth = new DateOnly(1950, 1, 1).AddDays(i);
        var row = TestFiles.Row(i, $"党员{i}");
        (row[2], row[3], row[4]) = ("男", birth.ToString("yyyy-MM-dd"), TestFiles.Id(birth, Sex.Male, 7));
        return row;
    })];

    [Fact]
    public async Task Every_member_of_a_large_roster_has_the_create_entry_of_its_own_row()
    {
        var report = await ImportAsync(TestFiles.Xlsx(dir, DistinctRows(2300)));

        report.Imported.ShouldBe(2300);
        var created = (await database.EntriesAsync())
            .Where(e => e.Action == AuditAction.Create && e.TargetType == nameof(Member))
            .ToDictionary(e => e.TargetId!, e => System.Text.Json.JsonDocument.Parse(e.Details!).RootElement.GetProperty("Name").GetString());
        var members = await MembersAsync();
        members.Count.ShouldBe(2300);
        members.ShouldAllBe(m => created[m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)] == m.Name);
        members.Select(m => m.Name).ShouldBe(Enumerable.Range(1, 2300).Select(i => $"党员{i}"));
        (await database.VerifyAsync()).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task A_file_that_breaks_off_while_it_is_read_fails_the_import_and_writes_nothing()
    {
        var bytes = await File.ReadAllBytesAsync(TestFiles.Xlsx(dir, DistinctRows(2300)));
        await using var db = database.Open();
        var content = new BreakingStream(bytes);
        using var reader = RosterReader.Open(content, RosterFormat.Xlsx);
        content.Budget = content.BytesRead * 3 / 2; // the reader has read the first rows to open it: fail later, among the rows
        var mapping = ColumnMapping.Guess(reader.Headers);
        var target = new ImportTarget(village, new Dictionary<string, int>());

        await Should.ThrowAsync<IOException>(() =>
            new MemberImporter(db, secrets, database.Writer, database.Actor).ImportAsync(reader, mapping, target, Today, validOnly: false));

        (await MembersAsync()).ShouldBeEmpty();
        (await database.EntriesAsync()).ShouldNotContain(e => e.TargetType == nameof(Member));
    }

    /// <summary>A file whose reads fail once <see cref="Budget"/> bytes have been read (a disk or upload that breaks off).</summary>
    private sealed class BreakingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        public long Budget { get; set; } = long.MaxValue;

        public override int Read(byte[] buffer, int offset, int count) => Counted(base.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(base.Read(buffer));

        private int Counted(int read)
        {
            BytesRead += read;
            return BytesRead > Budget ? throw new IOException("the file broke off") : read;
        }
    }
}
