using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Tests.Data.Replication;

/// <summary>The partitions a partitioned PostgreSQL table has, by name.</summary>
internal static class PartitionNames
{
    public static Task<List<string>> OfAsync(AppDbContext db, string table) => db.Database.SqlQuery<string>(
        $"SELECT c.relname AS \"Value\" FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = {table}::regclass").ToListAsync();
}
