using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Tests.Infrastructure;

/// <summary>
/// The real app on a real Kestrel port with its own database (a SQLite file or a PostgreSQL
/// database), migrated at start like production, with or without the demo programme.
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("urbancoop-test").FullName;

    public Db Db { get; }
    public string ConnectionString { get; }
    public bool Demo { get; }

    private TestApp(Db db, bool demo)
    {
        Db = db;
        Demo = demo;
        ConnectionString = db == Db.Sqlite ? $"Data Source={Path.Combine(dataDirectory, "test.db")}" : PostgresServer.CreateDatabase();
        UseKestrel(0);
    }

    public static TestApp Start(Db db, bool demo = true)
    {
        var app = new TestApp(db, demo);
        app.StartServer();
        return app;
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>A client that does not follow redirects, so tests see them.</summary>
    public HttpClient Http() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() }) { BaseAddress = BaseAddress };

    /// <summary>Direct database access for arranging and checking; the app under test is still reached over HTTP.</summary>
    public AsyncServiceScopeDb OpenDb()
    {
        var scope = Services.CreateAsyncScope();
        return new AsyncServiceScopeDb(scope, scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // As in production: the build output is the content root, with wwwroot copied into it.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseSetting(DatabaseTarget.EnvironmentVariable, ConnectionString);
        builder.UseSetting("URBANCOOP_DATA_DIR", dataDirectory);
        builder.UseSetting("URBANCOOP_NO_DEMO", Demo ? "0" : "1");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseEnvironment("Testing");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataDirectory, recursive: true); }
        catch (IOException) { }
    }
}

public sealed class AsyncServiceScopeDb(AsyncServiceScope scope, AppDbContext db) : IAsyncDisposable
{
    public AppDbContext Db => db;
    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
