using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Knowledge.Search;

/// <summary>The <c>reindex</c> verb: rebuilds the whole search index from the records, with a progress bar.</summary>
public static class ReindexCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = WebApp.Build(args);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DatabaseStartup.MigrateAsync(db, CancellationToken.None);
        var provider = app.Services.GetRequiredService<DatabaseTarget>().Provider;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var total = await RebuildAsync(db, provider, (done, all) => Console.Error.Write($"\r{Bar(done, all)}"), CancellationToken.None);
        Console.Error.WriteLine();
        Console.Out.WriteLine($"Indexed {total:N0} records in {started.Elapsed.TotalSeconds:N1} s.");
        return 0;
    }

    /// <summary>Empties the index and writes every record again, in one transaction; returns the number of records.</summary>
    public static async Task<int> RebuildAsync(AppDbContext db, DatabaseProvider provider, Action<int, int> progress, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await using (var clear = db.Database.GetDbConnection().CreateCommand())
        {
            clear.Transaction = transaction.GetDbTransaction();
            clear.CommandText = SearchDialect.For(provider).Clear;
            await clear.ExecuteNonQueryAsync(ct);
        }
        var ids = new List<(Documents.RecordKind Kind, List<int> Ids)>();
        foreach (var kind in SearchFacets.Kinds) ids.Add((kind, await SearchSources.IdsAsync(db, kind, ct)));
        var all = ids.Sum(k => k.Ids.Count);
        var done = 0;
        var writer = new SearchIndexWriter(db);
        progress(0, all);
        foreach (var (kind, kindIds) in ids)
            foreach (var chunk in kindIds.Chunk(200))
            {
                await writer.WriteAsync(await SearchSources.BuildAsync(db, kind, chunk, ct), ct, replace: false);
                done += chunk.Length;
                progress(done, all);
            }
        await transaction.CommitAsync(ct);
        return all;
    }

    private static string Bar(int done, int all)
    {
        const int width = 30;
        var filled = all == 0 ? width : done * width / all;
        return $"[{new string('#', filled)}{new string('-', width - filled)}] {done:N0} / {all:N0} records";
    }
}
