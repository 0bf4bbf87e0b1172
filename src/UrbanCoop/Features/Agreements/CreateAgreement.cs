using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Agreements;

public static class CreateAgreement
{
    public sealed record Created(int Id, int Version);

    public static async Task<Outcome<Created>> HandleAsync(AppDbContext db, AgreementInput input, CancellationToken ct)
    {
        var errors = await input.ValidateAsync(db, ct);
        if (errors.Any) return Outcome<Created>.Invalid(errors.ToDictionary());
        var agreement = new Agreement { Title = input.Title };
        input.ApplyTo(agreement);
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Created(new(agreement.Id, agreement.Version));
    }
}
