using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Programmes;

public static class CreateProgramme
{
    public sealed record Created(int Id, int Version);

    public static async Task<Outcome<Created>> HandleAsync(AppDbContext db, ProgrammeInput input, CancellationToken ct)
    {
        var errors = await input.ValidateAsync(db, selfId: null, ct);
        if (errors.Any) return Outcome<Created>.Invalid(errors.ToDictionary());
        var programme = new Programme { Name = input.Name };
        input.ApplyTo(programme);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Created(new(programme.Id, programme.Version));
    }
}
