using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Programmes;

public static class UpdateProgramme
{
    /// <summary>
    /// Saves the programme and returns its stored fields. A stale <see cref="ProgrammeInput.Version"/> gives a
    /// conflict that carries the stored fields, so the editor can see what changed.
    /// </summary>
    public static async Task<Outcome<ProgrammeInput>> HandleAsync(AppDbContext db, int id, ProgrammeInput input, CancellationToken ct)
    {
        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null) return Outcome<ProgrammeInput>.NotFound($"There is no programme {id}.");
        var errors = await input.ValidateAsync(db, id, ct);
        if (errors.Any) return Outcome<ProgrammeInput>.Invalid(errors.ToDictionary());
        if (programme.Version != input.Version) return Stale(programme);

        input.ApplyTo(programme);
        db.ExpectVersion(programme, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale(await db.Programmes.AsNoTracking().FirstAsync(p => p.Id == id, ct));
        }
        return Outcome<ProgrammeInput>.Ok(ProgrammeInput.From(programme));
    }

    private static Outcome<ProgrammeInput> Stale(Programme stored) =>
        Outcome<ProgrammeInput>.Conflict($"Someone else saved this programme (version {stored.Version}) after you opened it.", ProgrammeInput.From(stored));
}
