using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

public static class CreateCluster
{
    public sealed record Created(int Id, int Version);

    public static async Task<Outcome<Created>> HandleAsync(AppDbContext db, ClusterInput input, CancellationToken ct)
    {
        var errors = await input.ValidateAsync(db, selfId: null, ct);
        if (errors.Any) return Outcome<Created>.Invalid(errors.ToDictionary());
        var cluster = new Cluster { Name = input.Name };
        input.ApplyTo(cluster);
        db.Clusters.Add(cluster);
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Created(new(cluster.Id, cluster.Version));
    }
}
