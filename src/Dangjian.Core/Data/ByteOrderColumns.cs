using Dangjian.Core.Organizations;
using Dangjian.Core.Members;
using Dangjian.Core.WorkRecords;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Data;

/// <summary>
/// Columns ordered or prefix-matched as codes use the byte-order collation "C" on PostgreSQL: a cluster's locale
/// (en_US, zh_CN) ignores '/' and spaces at the first levels, putting /1/52/ between /1/5/ and /1/5/23/ and
/// "lin a" before "li xiao". SQLite's default BINARY collation is byte order already (schema script 0013).
/// </summary>
public static class ByteOrderColumns
{
    public const string Collation = "C";

    public static void Apply(ModelBuilder builder)
    {
        builder.Entity<Organization>().Property(o => o.Path).UseCollation(Collation);
        builder.Entity<Member>().Property(m => m.NamePinyin).UseCollation(Collation);
        builder.Entity<Member>().Property(m => m.NameInitials).UseCollation(Collation);
        builder.Entity<WorkCategory>().Property(c => c.Code).UseCollation(Collation);
    }
}
