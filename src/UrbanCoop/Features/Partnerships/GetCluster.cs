using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

/// <summary>A cluster with its programme and the partnerships grouped in it.</summary>
public static class GetCluster
{
    public sealed record Profile(
        int Id, string Name, Link Programme, IReadOnlyList<string> Themes, string? Description, int Version, DateTime UpdatedAt,
        IReadOnlyList<PartnershipLink> Partnerships);

    public sealed record Link(int Id, string Name);
    public sealed record PartnershipLink(int Id, string Name, PartnershipStatus Status, DateOnly? Since);

    public static async Task<Outcome<Profile>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var cluster = await db.Clusters.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.Id, c.Name, c.ProgrammeId, Programme = c.Programme!.Name, c.Themes, c.Description, c.Version, c.UpdatedAt })
            .FirstOrDefaultAsync(ct);
        if (cluster is null) return Outcome<Profile>.NotFound($"There is no cluster {id}.");
        var partnerships = await db.Partnerships.AsNoTracking().Where(p => p.ClusterId == id).OrderBy(p => p.Name)
            .Select(p => new PartnershipLink(p.Id, p.Name, p.Status, p.Since)).ToListAsync(ct);
        return Outcome<Profile>.Ok(new Profile(
            cluster.Id, cluster.Name, new Link(cluster.ProgrammeId, cluster.Programme), cluster.Themes, cluster.Description,
            cluster.Version, cluster.UpdatedAt, partnerships));
    }
}
