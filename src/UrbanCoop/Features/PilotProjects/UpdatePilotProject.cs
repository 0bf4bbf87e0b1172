using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.PilotProjects;

public static class UpdatePilotProject
{
    /// <summary>
    /// Saves the pilot project and returns its stored fields. A stale <see cref="PilotProjectInput.Version"/> gives a
    /// conflict that carries the stored fields, so the editor can see what changed.
    /// </summary>
    public static async Task<Outcome<PilotProjectInput>> HandleAsync(AppDbContext db, int id, PilotProjectInput input, CancellationToken ct)
    {
        var project = await db.PilotProjects.Include(p => p.Partners).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return Outcome<PilotProjectInput>.NotFound($"There is no pilot project {id}.");
        var errors = await input.ValidateAsync(db, ct);
        if (errors.Any) return Outcome<PilotProjectInput>.Invalid(errors.ToDictionary());
        if (project.Version != input.Version) return Stale(project);

        input.ApplyTo(project);
        db.ExpectVersion(project, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale(await db.PilotProjects.AsNoTracking().Include(p => p.Partners).FirstAsync(p => p.Id == id, ct));
        }
        return Outcome<PilotProjectInput>.Ok(PilotProjectInput.From(project));
    }

    private static Outcome<PilotProjectInput> Stale(PilotProject stored) =>
        Outcome<PilotProjectInput>.Conflict($"Someone else saved this pilot project (version {stored.Version}) after you opened it.", PilotProjectInput.From(stored));
}
