using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

public static class UpdateCluster
{
    /// <summary>
    /// Saves the cluster and returns its stored fields. A stale <see cref="ClusterInput.Version"/> gives a
    /// conflict that carries the stored fields.
    /// </summary>
    public static async Task<Outcome<ClusterInput>> HandleAsync(AppDbContext db, int id, ClusterInput input, CancellationToken ct)
    {
        var cluster = await db.Clusters.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (cluster is null) return Outcome<ClusterInput>.NotFound($"There is no cluster {id}.");
        var errors = await input.ValidateAsync(db, id, ct);
        if (errors.Any) return Outcome<ClusterInput>.Invalid(errors.ToDictionary());
        if (cluster.Version != input.Version) return Stale(cluster);

        input.ApplyTo(cluster);
        db.ExpectVersion(cluster, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale(await db.Clusters.AsNoTracking().FirstAsync(c => c.Id == id, ct));
        }
        return Outcome<ClusterInput>.Ok(ClusterInput.From(cluster));
    }

    private static Outcome<ClusterInput> Stale(Cluster stored) =>
        Outcome<ClusterInput>.Conflict($"Someone else saved this cluster (version {stored.Version}) after you opened it.", ClusterInput.From(stored));
}
