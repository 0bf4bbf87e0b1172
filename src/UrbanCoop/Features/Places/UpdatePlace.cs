using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Places;

public static class UpdatePlace
{
    /// <summary>
    /// Saves the place and returns its stored fields. A stale <see cref="PlaceInput.Version"/> gives a
    /// conflict that carries the stored fields, so the editor can see what changed.
    /// </summary>
    public static async Task<Outcome<PlaceInput>> HandleAsync(AppDbContext db, int id, PlaceInput input, CancellationToken ct)
    {
        var place = await db.Places.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (place is null) return Outcome<PlaceInput>.NotFound($"There is no place {id}.");
        var errors = await input.ValidateAsync(db, id, ct);
        if (errors.Any) return Outcome<PlaceInput>.Invalid(errors.ToDictionary());
        if (place.Version != input.Version) return Stale(place);

        input.ApplyTo(place);
        db.ExpectVersion(place, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale(await db.Places.AsNoTracking().FirstAsync(p => p.Id == id, ct));
        }
        return Outcome<PlaceInput>.Ok(PlaceInput.From(place));
    }

    private static Outcome<PlaceInput> Stale(Place stored) =>
        Outcome<PlaceInput>.Conflict($"Someone else saved this place (version {stored.Version}) after you opened it.", PlaceInput.From(stored));
}
