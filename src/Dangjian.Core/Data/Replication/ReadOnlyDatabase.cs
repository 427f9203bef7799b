using Microsoft.EntityFrameworkCore;

namespace Dangjian.Core.Data.Replication;

/// <summary>The standby's context options, built once (the model is the primary's: same type, same provider).</summary>
public sealed class ReadOnlyDatabase(DatabaseSetup setup)
{
    private readonly Lazy<DbContextOptions<AppDbContext>> options = new(() =>
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        setup.ConfigureReadOnly(builder);
        builder.AddInterceptors(RefuseWrites.Instance);
        return builder.Options;
    });

    public bool IsConfigured => setup.ReadOnlyConnectionString is not null;

    public string ConnectionString => setup.ReadOnlyConnectionString ?? setup.ConnectionString;

    public DbContextOptions<AppDbContext> Options => options.Value;
}
