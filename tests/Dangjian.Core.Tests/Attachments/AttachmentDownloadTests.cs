using Dangjian.Core.Attachments;
using Dangjian.Core.Audit;
using Dangjian.Core.Meetings;
using Dangjian.Core.Security;
using Dangjian.Core.Tests.Audit;
using Shouldly;

namespace Dangjian.Core.Tests.Attachments;

public class AttachmentDownloadTests
{
    [Fact]
    public async Task A_download_reads_the_sealed_file_and_logs_an_export_a_missing_one_logs_nothing()
    {
        await using var database = await AuditDatabase.CreateAsync();
        var dir = Directory.CreateTempSubdirectory("dangjian-attachments-").FullName;
        try
        {
            var files = new AttachmentFiles(dir, SealedFile.DeriveKey(new byte[32], AttachmentFiles.KeyLabel));
            Directory.CreateDirectory(files.Folder);
            await using (var target = File.Create(files.PathOf("a1.pdf")))
            {
                await SealedFile.EncryptAsync(new MemoryStream("%PDF-1.4 签到表"u8.ToArray()), target, files.Key);
            }

            await using var db = database.Open();
            var download = new AttachmentDownload(db, database.Writer, database.Actor, files);
            var row = new MeetingAttachment { Id = 9, FileName = "签到表.pdf", StoredName = "a1.pdf", ContentType = "application/pdf" };
            (await download.OpenAsync(null, "MeetingAttachment")).ShouldBeNull();
            (await download.OpenAsync(new MeetingAttachment { Id = 10, FileName = "x.pdf", StoredName = "gone.pdf", ContentType = "application/pdf" }, "MeetingAttachment"))
                .ShouldBeNull();
            (await database.EntriesAsync()).ShouldBeEmpty();

            await using var content = await download.OpenAsync(row, "MeetingAttachment");
            new StreamReader(content!).ReadToEnd().ShouldBe("%PDF-1.4 签到表");
            var entry = (await database.EntriesAsync()).ShouldHaveSingleItem();
            (entry.Action, entry.TargetType, entry.TargetId, entry.Result, entry.Details, entry.UserName)
                .ShouldBe((AuditAction.Export, "MeetingAttachment", "9", AuditResult.Success, "签到表.pdf", "clerk01"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
