using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Dangjian.Web.Tests.Data.Replication;

/// <summary>
/// A primary and a streaming hot standby of its own on 127.0.0.1 (initdb, <c>pg_basebackup -R</c>), holding a copy of
/// a database; the binaries run as the postgres user when the tests run as root. Disposing stops both and deletes them.
/// </summary>
public sealed class StandbyPair : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private const string Database = "dangjian";
    private readonly string dir;
    private readonly List<string> started = [];

    private StandbyPair(string dir) => this.dir = dir;

    public string Primary { get; private set; } = "";
    public string Standby { get; private set; } = "";

    /// <summary>Both servers running, the standby a base backup of the primary taken after <paramref name="source"/> was copied in.</summary>
    public static async Task<StandbyPair> StartAsync(string source)
    {
        var pair = new StandbyPair(Directory.CreateTempSubdirectory("dangjian-standby-").FullName);
        try
        {
            await pair.StartPrimaryAsync(source);
            await pair.StartStandbyAsync();
            return pair;
        }
        catch
        {
            await pair.DisposeAsync();
            throw;
        }
    }

    private async Task StartPrimaryAsync(string source)
    {
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", "postgres", dir);
        }

        await AsPostgresAsync($"{Bin}/initdb -D {dir}/primary -A trust -U postgres -E UTF8 --locale=C.UTF-8");
        var port = FreePort();
        await StartAsync("primary", port, "-c wal_level=replica -c max_wal_senders=4 -c fsync=off");
        Primary = $"Host=127.0.0.1;Port={port};Username=postgres;Database={Database}";
        await AdminAsync(Primary.Replace($"Database={Database}", "Database=postgres", StringComparison.Ordinal), $"CREATE DATABASE {Database}");
        var dump = Path.Combine(dir, "source.dump");
        await RunAsync($"{Bin}/pg_dump", "-Fc", "--no-owner", "-f", dump, Uri(source));
        await RunAsync($"{Bin}/pg_restore", "--no-owner", "-d", Uri(Primary), dump);
    }

    private async Task StartStandbyAsync()
    {
        var primary = new NpgsqlConnectionStringBuilder(Primary);
        await AsPostgresAsync($"{Bin}/pg_basebackup -h 127.0.0.1 -p {primary.Port} -U postgres -D {dir}/standby -R -X stream -c fast");
        var port = FreePort();
        await StartAsync("standby", port, "-c hot_standby=on -c fsync=off");
        Standby = $"Host=127.0.0.1;Port={port};Username=postgres;Database={Database}";
    }

    private async Task StartAsync(string name, int port, string settings)
    {
        await AsPostgresAsync($"{Bin}/pg_ctl -D {dir}/{name} -o '-c listen_addresses=127.0.0.1 -p {port} -k {dir} {settings}' -l {dir}/{name}.log -w start");
        started.Add(name);
    }

    /// <summary>Waits until the standby has replayed everything the primary has written so far.</summary>
    public async Task CaughtUpAsync()
    {
        var target = await ScalarAsync<string>(Primary, "SELECT pg_current_wal_lsn()::text");
        var deadline = Stopwatch.StartNew();
        while (!await ScalarAsync<bool>(Standby, $"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn"))
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new TimeoutException($"standby did not replay to {target}");
            }

            await Task.Delay(50);
        }
    }

    public Task PauseReplayAsync() => AdminAsync(Standby, "SELECT pg_wal_replay_pause()");

    public Task ResumeReplayAsync() => AdminAsync(Standby, "SELECT pg_wal_replay_resume()");

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task AdminAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Uri(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static Task AsPostgresAsync(string command) => Environment.IsPrivilegedProcess
        ? RunAsync("su", "postgres", "-s", "/bin/bash", "-c", command)
        : RunAsync("bash", "-c", command);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var name in Enumerable.Reverse(started))
        {
            try
            {
                await AsPostgresAsync($"{Bin}/pg_ctl -D {dir}/{name} -m immediate -w stop");
            }
            catch (InvalidOperationException)
            {
                // already stopped: the folder goes anyway
            }
        }

        Directory.Delete(dir, recursive: true);
    }
}
