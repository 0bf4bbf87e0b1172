using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace UrbanCoop.Infrastructure.Database;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// The database the app talks to, chosen from one connection string: <c>Host=…</c> is PostgreSQL,
/// <c>Data Source=…</c> is SQLite. Without one, SQLite in the data folder.
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    public const string EnvironmentVariable = "URBANCOOP_DATABASE";

    public static DatabaseTarget From(string? connectionString, string dataDirectory)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Directory.CreateDirectory(dataDirectory);
            return new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataDirectory, "urbancoop.db")}");
        }
        var text = connectionString.Trim();
        if (text.Contains("Host=", StringComparison.OrdinalIgnoreCase) || text.Contains("Server=", StringComparison.OrdinalIgnoreCase))
            return new(DatabaseProvider.Postgres, WithPostgresDefaults(text));
        if (text.Contains("Data Source=", StringComparison.OrdinalIgnoreCase) || text.Contains("DataSource=", StringComparison.OrdinalIgnoreCase))
        {
            var sqlite = new SqliteConnectionStringBuilder(text);
            var folder = Path.GetDirectoryName(Path.GetFullPath(sqlite.DataSource));
            if (folder is not null) Directory.CreateDirectory(folder);
            return new(DatabaseProvider.Sqlite, sqlite.ConnectionString);
        }
        throw new ArgumentException($"Cannot tell the database from '{connectionString}': expected 'Host=…' (PostgreSQL) or 'Data Source=…' (SQLite).");
    }

    /// <summary>
    /// Npgsql settings the app relies on for speed, unless the connection string sets them: EF Core sends the same few
    /// hundred statements over and over, so Npgsql prepares each after its second use and PostgreSQL plans it once per
    /// connection instead of on every call (planning was a third of the database time of a profile page), and a
    /// connection going back to the pool is not reset, since the app keeps no session state (no SET, temporary tables,
    /// LISTEN or advisory locks). See docs/decisions/0004-npgsql-prepared-statements.md.
    /// </summary>
    private static string WithPostgresDefaults(string text)
    {
        // NpgsqlConnectionStringBuilder.ContainsKey is true for every keyword it knows, so read what was written.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = text }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var connection = new NpgsqlConnectionStringBuilder(text);
        if (!given.Contains("MaxAutoPrepare")) connection.MaxAutoPrepare = 256;
        if (!given.Contains("AutoPrepareMinUsages")) connection.AutoPrepareMinUsages = 2;
        if (!given.Contains("NoResetOnClose")) connection.NoResetOnClose = true;
        return connection.ConnectionString;
    }

    /// <summary>The connection string without its password, for messages.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Postgres => new NpgsqlConnectionStringBuilder(ConnectionString) { Password = null }.ToString(),
        _ => ConnectionString,
    };

    public string MigrationsAssembly => Provider == DatabaseProvider.Postgres ? "UrbanCoop.Migrations.Postgres" : "UrbanCoop.Migrations.Sqlite";

    public void Configure(DbContextOptionsBuilder options)
    {
        LoadMigrationsBesideHost();
        if (Provider == DatabaseProvider.Postgres)
            options.UseNpgsql(ConnectionString, o => o.MigrationsAssembly(MigrationsAssembly));
        else
            options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(MigrationsAssembly));
    }

    // The migrations projects reference this one, so this one cannot reference them back; their
    // assemblies are copied beside the host after each build and resolved here by name.
    private static int resolverInstalled;

    private static void LoadMigrationsBesideHost()
    {
        if (Interlocked.Exchange(ref resolverInstalled, 1) == 1) return;
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            if (name.Name?.StartsWith("UrbanCoop.Migrations.", StringComparison.Ordinal) != true) return null;
            var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        };
    }

    internal static Assembly? FindMigrations(string name)
    {
        try { return Assembly.Load(new AssemblyName(name)); }
        catch (FileNotFoundException) { return null; }
    }
}
