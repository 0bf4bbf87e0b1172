using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.People;

public static class DeletePerson
{
    public sealed record Deleted(int Id);

    /// <summary>What still points at a person; their own positions go with them, anything else blocks the delete.</summary>
    public static async Task<IReadOnlyList<string>> UsagesAsync(AppDbContext db, int id, CancellationToken ct) =>
        await db.Participants.Where(p => p.PersonId == id)
            .Join(db.Activities, p => p.ActivityId, a => a.Id, (p, a) => "Activity: " + a.Title).ToListAsync(ct);

    public static async Task<Outcome<Deleted>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var person = await db.People.Include(p => p.Positions).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return Outcome<Deleted>.NotFound($"There is no person {id}.");
        var uses = await UsagesAsync(db, id, ct);
        if (uses.Count > 0)
            return Outcome<Deleted>.Conflict($"{person.DisplayName} is still used by {uses.Count} record(s); remove those links first.", details: uses);
        db.People.Remove(person);
        await db.SaveChangesAsync(ct);
        return Outcome<Deleted>.Ok(new(id));
    }
}
