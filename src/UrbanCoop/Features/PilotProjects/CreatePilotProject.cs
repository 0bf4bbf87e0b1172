using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.PilotProjects;

public static class CreatePilotProject
{
    public sealed record Created(int Id, int Version);

    public static async Task<Outcome<Created>> HandleAsync(AppDbContext db, PilotProjectInput input, CancellationToken ct)
    {
        var errors = await input.ValidateAsync(db, ct);
        if (errors.Any) return Outcome<Created>.Invalid(errors.ToDictionary());
        var project = new PilotProject { Title = input.Title };
        input.ApplyTo(project);
        db.PilotProjects.Add(project);
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Created(new(project.Id, project.Version));
    }
}
