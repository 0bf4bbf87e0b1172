using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.People;

public static class CreatePerson
{
    public sealed record Created(int Id, int Version);

    public static async Task<Outcome<Created>> HandleAsync(AppDbContext db, PersonInput input, CancellationToken ct)
    {
        var errors = await input.ValidateAsync(db, ct);
        if (errors.Any) return Outcome<Created>.Invalid(errors.ToDictionary());
        var person = new Person { GivenName = input.GivenName, FamilyName = input.FamilyName };
        input.ApplyTo(person);
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Created(new(person.Id, person.Version));
    }
}
