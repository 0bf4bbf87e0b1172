using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.People;

public static class UpdatePerson
{
    /// <summary>
    /// Saves the person with their positions and returns the stored fields. A stale <see cref="PersonInput.Version"/>
    /// gives a conflict that carries the stored fields, so the editor can see what changed.
    /// </summary>
    public static async Task<Outcome<PersonInput>> HandleAsync(AppDbContext db, int id, PersonInput input, CancellationToken ct)
    {
        var person = await db.People.Include(p => p.Positions).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return Outcome<PersonInput>.NotFound($"There is no person {id}.");
        var errors = await input.ValidateAsync(db, ct);
        if (errors.Any) return Outcome<PersonInput>.Invalid(errors.ToDictionary());
        if (person.Version != input.Version) return Stale(person);

        input.ApplyTo(person);
        db.ExpectVersion(person, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale(await db.People.AsNoTracking().Include(p => p.Positions).FirstAsync(p => p.Id == id, ct));
        }
        return Outcome<PersonInput>.Ok(PersonInput.From(person));
    }

    private static Outcome<PersonInput> Stale(Person stored) =>
        Outcome<PersonInput>.Conflict($"Someone else saved this person (version {stored.Version}) after you opened it.", PersonInput.From(stored));
}
