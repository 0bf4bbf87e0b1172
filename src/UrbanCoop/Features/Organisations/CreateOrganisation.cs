using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Organisations;

public static class CreateOrganisation
{
    public sealed record Created(int Id, int Version);

    public static async Task<Outcome<Created>> HandleAsync(AppDbContext db, OrganisationInput input, CancellationToken ct)
    {
        var errors = await input.ValidateAsync(db, selfId: null, ct);
        if (errors.Any) return Outcome<Created>.Invalid(errors.ToDictionary());
        var organisation = new Organisation { Name = input.Name };
        input.ApplyTo(organisation);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Created(new(organisation.Id, organisation.Version));
    }
}
