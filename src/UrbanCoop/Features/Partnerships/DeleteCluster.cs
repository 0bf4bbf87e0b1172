using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

public static class DeleteCluster
{
    public sealed record Deleted(int Id);

    /// <summary>The partnerships grouped in a cluster; the database would only unlink them, so they block the delete.</summary>
    public static async Task<IReadOnlyList<string>> UsagesAsync(AppDbContext db, int id, CancellationToken ct) =>
        await db.Partnerships.Where(p => p.ClusterId == id).OrderBy(p => p.Name).Select(p => "Partnership: " + p.Name).ToListAsync(ct);

    public static async Task<Outcome<Deleted>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var cluster = await db.Clusters.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (cluster is null) return Outcome<Deleted>.NotFound($"There is no cluster {id}.");
        var uses = await UsagesAsync(db, id, ct);
        if (uses.Count > 0)
            return Outcome<Deleted>.Conflict($"{cluster.Name} is still used by {uses.Count} record(s); remove those links first.", details: uses);
        db.Clusters.Remove(cluster);
        await db.SaveChangesAsync(ct);
        return Outcome<Deleted>.Ok(new(id));
    }
}
