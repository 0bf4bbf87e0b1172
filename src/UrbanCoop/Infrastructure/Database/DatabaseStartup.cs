using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Demo;

namespace UrbanCoop.Infrastructure.Database;

/// <summary>
/// Brings the database to the latest migration and fills an empty one with the demo programme,
/// before the server accepts requests.
/// </summary>
public sealed class DatabaseStartup(IServiceScopeFactory scopes, ILogger<DatabaseStartup> log, IConfiguration config) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await MigrateAsync(db, ct);
        if (config["URBANCOOP_NO_DEMO"] is not "1" && await DemoProgramme.SeedIfEmptyAsync(db, ct))
            log.LogInformation("Empty database: loaded the demo programme");
        else if (await Features.Knowledge.Search.SearchIndexStartup.NeedsIndexAsync(db, ct))
        {
            // Records saved before the search index existed (a database migrated to this version) are indexed once.
            var count = await Features.Knowledge.Search.ReindexCommand.RebuildAsync(db, scope.ServiceProvider.GetRequiredService<DatabaseTarget>().Provider, (_, _) => { }, ct);
            log.LogInformation("Built the search index: {Count} records", count);
        }
    }

    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct)
    {
        if (!db.Database.GetMigrations().Any())
            throw new InvalidOperationException("No migrations found: the migrations assembly was not built beside the host (run ./urbancoop, which builds it).");
        await db.Database.MigrateAsync(ct);
    }

    public Task StartAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken ct) => Task.CompletedTask;
}
