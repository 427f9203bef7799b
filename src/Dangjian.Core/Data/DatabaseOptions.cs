namespace Dangjian.Core.Data;

/// <summary>The "Database" configuration section (environment: Database__Provider, Database__ConnectionString…).</summary>
public class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (default, embedded) or "PostgreSQL".</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Required for PostgreSQL; for SQLite overrides the file under <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// PostgreSQL only, optional: a streaming hot standby that read-only pages and report composition read from
    /// (writes always go to the primary). Absent: everything on the primary. See docs/decisions/0019.
    /// </summary>
    public string? ReadOnlyConnectionString { get; set; }

    /// <summary>Folder of the SQLite file and uploaded files; relative paths are under the app's content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Seed the fictional demo county into an empty database on start-up.</summary>
    public bool SeedDemo { get; set; } = true;
}

public enum DatabaseProvider { Sqlite, PostgreSql }
