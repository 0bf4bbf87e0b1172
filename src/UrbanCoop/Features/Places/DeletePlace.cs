using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Places;

public static class DeletePlace
{
    public sealed record Deleted(int Id);

    /// <summary>What still points at a place; a place in use is not deleted.</summary>
    public static async Task<IReadOnlyList<string>> UsagesAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var uses = new List<string>();
        uses.AddRange(await db.Places.Where(p => p.ParentId == id).Select(p => "Place: " + p.Name).ToListAsync(ct));
        uses.AddRange(await db.PartnershipMembers.Where(m => m.PlaceId == id)
            .Join(db.Partnerships, m => m.PartnershipId, p => p.Id, (m, p) => "Partnership: " + p.Name).ToListAsync(ct));
        uses.AddRange(await db.Activities.Where(a => a.Places.Any(p => p.PlaceId == id)).Select(a => "Activity: " + a.Title).ToListAsync(ct));
        uses.AddRange(await db.Organisations.Where(o => o.PlaceId == id).Select(o => "Organisation: " + o.Name).ToListAsync(ct));
        uses.AddRange(await db.PilotProjects.Where(p => p.PlaceId == id).Select(p => "Pilot project: " + p.Title).ToListAsync(ct));
        uses.AddRange(await db.Agreements.Where(a => a.Parties.Any(p => p.PlaceId == id)).Select(a => "Agreement: " + a.Title).ToListAsync(ct));
        return uses;
    }

    public static async Task<Outcome<Deleted>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var place = await db.Places.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (place is null) return Outcome<Deleted>.NotFound($"There is no place {id}.");
        var uses = await UsagesAsync(db, id, ct);
        if (uses.Count > 0)
            return Outcome<Deleted>.Conflict($"{place.Name} is still used by {uses.Count} record(s); remove those links first.", details: uses);
        db.Places.Remove(place);
        await db.SaveChangesAsync(ct);
        return Outcome<Deleted>.Ok(new(id));
    }
}
