using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Core.Members.Import;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// Prepares a roster import to run after the request has ended: it captures the user's organization scope and
/// audit identity now, and later opens its own database context with them, so the job sees and writes exactly
/// what the user could in the request.
/// </summary>
public sealed class BackgroundImport(DatabaseSetup setup, AuditWriter writer, MemberSecrets secrets, UploadStore uploads,
    IOrgScope scope, IAuditContext actor, TimeProvider time)
{
    public Func<IProgress<int>, CancellationToken, Task<ImportReport>> Prepare(
        UploadStore.Upload upload, Organization org, ColumnMapping mapping, bool validOnly)
    {
        var paths = scope.Paths?.ToList();
        var who = new AuditActor(actor.UserName, actor.UserId, actor.OrganizationId, actor.Ip);
        var today = time.Today();
        return async (progress, ct) =>
        {
            var options = new DbContextOptionsBuilder<AppDbContext>();
            setup.Configure(options);
            options.AddInterceptors(new AuditInterceptor(who, writer));
            await using var db = new AppDbContext(options.Options, new FixedOrgScope(paths));
            var target = await ImportTarget.ForAsync(db, org);
            // The upload goes however the import ends: committed, rolled back, failed or thrown.
            try
            {
                using var reader = RosterReader.Open(uploads.Open(upload) ?? throw new InvalidOperationException("上传的文件已不存在，请重新上传。"), upload.Format);
                var report = await new MemberImporter(db, secrets, writer, who)
                    .ImportAsync(reader, mapping, target, today, validOnly, upload.FileName, progress, ct);
                if (report.Committed)
                {
                    await DatabaseStatistics.RefreshAsync(db, afterBulkWrite: true, ct);
                }

                return report;
            }
            finally
            {
                uploads.Delete(upload.Token);
            }
        };
    }
}
