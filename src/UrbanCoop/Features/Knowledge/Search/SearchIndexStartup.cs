using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Knowledge.Search;

public static class SearchIndexStartup
{
    /// <summary>True for a database with records but an empty index: one migrated from before search existed.</summary>
    public static async Task<bool> NeedsIndexAsync(AppDbContext db, CancellationToken ct) =>
        !await db.SearchEntries.AnyAsync(ct) && (await db.Places.AnyAsync(ct) || await db.Programmes.AnyAsync(ct) || await db.Documents.AnyAsync(ct));
}
