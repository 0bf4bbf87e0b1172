using Npgsql;

namespace UrbanCoop.Bench;

/// <summary>A throwaway PostgreSQL cluster (scripts/pg-throwaway.sh) holding one database, migrated by the app itself.</summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private static readonly string Script = Path.Combine(Shell.Root, "scripts", "pg-throwaway.sh");
    private readonly string directory;
    private readonly int port;

    private PostgresCluster(string directory, int port) => (this.directory, this.port) = (directory, port);

    public string ConnectionString => $"Host=127.0.0.1;Port={port};Username=app;Database=urbancoop_bench";

    public static async Task<PostgresCluster> StartAsync(CancellationToken ct)
    {
        var up = await Shell.RunAsync("bash", [Script, "up"], ct);
        if (up.ExitCode != 0) throw new InvalidOperationException($"Could not start the throwaway PostgreSQL cluster: {up.Error}{up.Output}");
        var parts = up.Output.Trim().Split(' ');
        var cluster = new PostgresCluster(parts[0], int.Parse(parts[1]));
        Leftovers.Add("pg", cluster.directory);
        try
        {
            await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={cluster.port};Username=app;Database=postgres;Pooling=false");
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand("CREATE DATABASE urbancoop_bench", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
        return cluster;
    }

    /// <summary>The app's own migrations, through the same wrapper a user runs (it builds Release when sources changed).</summary>
    public async Task MigrateAsync(CancellationToken ct)
    {
        var run = await Shell.RunAsync(Path.Combine(Shell.Root, "urbancoop"), ["migrate"], ct,
            new Dictionary<string, string> { ["URBANCOOP_DATABASE"] = ConnectionString });
        if (run.ExitCode != 0) throw new InvalidOperationException($"./urbancoop migrate failed: {run.Error}{run.Output}");
    }

    public async Task<string> ServerVersionAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(ct);
        return $"PostgreSQL {connection.PostgreSqlVersion}";
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await Shell.RunAsync("bash", [Script, "down", directory], CancellationToken.None);
        Leftovers.Remove("pg", directory);
    }
}
