using System.Diagnostics;
using Npgsql;

namespace UrbanCoop.Tests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL 15 cluster for the whole test run, started with scripts/pg-throwaway.sh
/// (as the unprivileged postgres user) and stopped when the test process exits. Each test app gets
/// its own database in it. URBANCOOP_TEST_POSTGRES may name an existing server instead.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> Admin = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string CreateDatabase()
    {
        var name = "t" + Guid.NewGuid().ToString("N")[..16];
        using var connection = new NpgsqlConnection(Admin.Value);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        create.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(Admin.Value) { Database = name, MaxPoolSize = 20 }.ConnectionString;
    }

    private static string Start()
    {
        var existing = Environment.GetEnvironmentVariable("URBANCOOP_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(existing)) return existing;

        var script = Path.Combine(Repository.Root, "scripts", "pg-throwaway.sh");
        var (output, error, code) = Run(script, "up");
        if (code != 0) throw new InvalidOperationException($"Could not start the throwaway PostgreSQL cluster: {error}{output}");
        var parts = output.Trim().Split(' ');
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(script, "down", parts[0]);
        return $"Host=127.0.0.1;Port={parts[1]};Username=app;Database=postgres";
    }

    private static (string Output, string Error, int Code) Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (output, error, process.ExitCode);
    }
}
