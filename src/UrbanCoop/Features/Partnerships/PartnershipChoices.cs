using UrbanCoop.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Partnerships;

/// <summary>The records the partnership and cluster forms and filters offer to pick from.</summary>
public sealed record PartnershipChoices(IReadOnlyList<Choice> Programmes, IReadOnlyList<Choice> Clusters, IReadOnlyList<Choice> Places)
{
    public static PartnershipChoices None { get; } = new([], [], []);

    /// <param name="placeIds">The places to name; null names every place that is a member of some partnership.</param>
    public static async Task<PartnershipChoices> LoadAsync(AppDbContext db, IReadOnlyCollection<int>? placeIds, CancellationToken ct)
    {
        var programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice { Id = p.Id, Name = p.Name }).ToListAsync(ct);
        var clusters = await db.Clusters.AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice { Id = c.Id, Name = c.Name }).ToListAsync(ct);
        var places = placeIds is null
            ? db.Places.Where(p => db.PartnershipMembers.Any(m => m.PlaceId == p.Id))
            : db.Places.Where(p => placeIds.Contains(p.Id));
        return new(programmes, clusters, await places.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice { Id = p.Id, Name = p.Name }).ToListAsync(ct));
    }
}
