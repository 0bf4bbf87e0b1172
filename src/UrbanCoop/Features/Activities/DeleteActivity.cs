using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Documents;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Activities;

public static class DeleteActivity
{
    public sealed record Deleted(int Id);

    /// <summary>
    /// What still points at an activity; an activity in use is not deleted. Agreements count although the
    /// database would only clear their link, because where an MoU was signed is worth keeping.
    /// </summary>
    public static async Task<IReadOnlyList<string>> UsagesAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var uses = new List<string>();
        uses.AddRange(await db.Activities.Where(a => a.ParentId == id).Select(a => "Activity: " + a.Title).ToListAsync(ct));
        uses.AddRange(await db.Agreements.Where(a => a.ActivityId == id).Select(a => "Agreement: " + a.Title).ToListAsync(ct));
        uses.AddRange(await db.DocumentLinks.Where(l => l.RecordKind == RecordKind.Activity && l.RecordId == id)
            .Join(db.Documents, l => l.DocumentId, d => d.Id, (l, d) => "Document: " + d.Title).ToListAsync(ct));
        return uses;
    }

    /// <summary>Deletes the activity with what it owns: its places, organisers, participants, agenda and outcomes.</summary>
    public static async Task<Outcome<Deleted>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null) return Outcome<Deleted>.NotFound($"There is no activity {id}.");
        var uses = await UsagesAsync(db, id, ct);
        if (uses.Count > 0)
            return Outcome<Deleted>.Conflict($"{activity.Title} is still used by {uses.Count} record(s); remove those links first.", details: uses);
        db.Activities.Remove(activity);
        await db.SaveChangesAsync(ct);
        return Outcome<Deleted>.Ok(new(id));
    }
}
