using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Places;

public static class CreatePlace
{
    public sealed record Created(int Id, int Version);

    public static async Task<Outcome<Created>> HandleAsync(AppDbContext db, PlaceInput input, CancellationToken ct)
    {
        var errors = await input.ValidateAsync(db, selfId: null, ct);
        if (errors.Any) return Outcome<Created>.Invalid(errors.ToDictionary());
        var place = new Place { Name = input.Name, CountryCode = input.CountryCode };
        input.ApplyTo(place);
        db.Places.Add(place);
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Created(new(place.Id, place.Version));
    }
}
