using Dangjian.Core.Audit;
using Dangjian.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Tests.Audit;

/// <summary>The application's context plus one test entity with a [Sensitive] property (table created by the test).</summary>
public sealed class TestDbContext(DbContextOptions<AppDbContext> options) : AppDbContext(options)
{
    public const string CreateSecretsTable =
        "CREATE TABLE IF NOT EXISTS secret_things (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, label TEXT NOT NULL, resident_id TEXT NULL)";

    public DbSet<SecretThing> SecretThings => Set<SecretThing>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<SecretThing>().ToTable("secret_things");
        SnakeCaseNaming.Apply(builder);
    }
}

public class SecretThing
{
    public int Id { get; set; }
    public required string Label { get; set; }

    [Sensitive]
    public string? ResidentId { get; set; }
}
