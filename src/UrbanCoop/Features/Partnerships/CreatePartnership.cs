using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

public static class CreatePartnership
{
    public sealed record Created(int Id, int Version);

    public static async Task<Outcome<Created>> HandleAsync(AppDbContext db, PartnershipInput input, CancellationToken ct)
    {
        var errors = await input.ValidateAsync(db, ct);
        if (errors.Any) return Outcome<Created>.Invalid(errors.ToDictionary());
        var partnership = new Partnership { Name = input.Name };
        input.ApplyTo(partnership);
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Created(new(partnership.Id, partnership.Version));
    }
}
