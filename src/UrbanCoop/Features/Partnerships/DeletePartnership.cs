using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Documents;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

public static class DeletePartnership
{
    public sealed record Deleted(int Id);

    /// <summary>
    /// What still points at a partnership. Members go with it; action plans are records of their own
    /// (the database would cascade them), so they block the delete like everything else.
    /// </summary>
    public static async Task<IReadOnlyList<string>> UsagesAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var uses = new List<string>();
        uses.AddRange(await db.ActionPlans.Where(a => a.PartnershipId == id).OrderBy(a => a.VersionNumber)
            .Select(a => "Action plan: " + a.Title + " (version " + a.VersionNumber + ")").ToListAsync(ct));
        uses.AddRange(await db.Activities.Where(a => a.PartnershipId == id).Select(a => "Activity: " + a.Title).ToListAsync(ct));
        uses.AddRange(await db.PilotProjects.Where(p => p.PartnershipId == id).Select(p => "Pilot project: " + p.Title).ToListAsync(ct));
        uses.AddRange(await db.DocumentLinks.Where(l => l.RecordKind == RecordKind.Partnership && l.RecordId == id)
            .Join(db.Documents, l => l.DocumentId, d => d.Id, (l, d) => "Document: " + d.Title).ToListAsync(ct));
        return uses;
    }

    public static async Task<Outcome<Deleted>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var partnership = await db.Partnerships.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (partnership is null) return Outcome<Deleted>.NotFound($"There is no partnership {id}.");
        var uses = await UsagesAsync(db, id, ct);
        if (uses.Count > 0)
            return Outcome<Deleted>.Conflict($"{partnership.Name} is still used by {uses.Count} record(s); remove those links first.", details: uses);
        db.Partnerships.Remove(partnership);
        await db.SaveChangesAsync(ct);
        return Outcome<Deleted>.Ok(new(id));
    }
}
