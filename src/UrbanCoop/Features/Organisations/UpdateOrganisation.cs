using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Organisations;

public static class UpdateOrganisation
{
    /// <summary>
    /// Saves the organisation and returns its stored fields. A stale <see cref="OrganisationInput.Version"/> gives a
    /// conflict that carries the stored fields, so the editor can see what changed.
    /// </summary>
    public static async Task<Outcome<OrganisationInput>> HandleAsync(AppDbContext db, int id, OrganisationInput input, CancellationToken ct)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return Outcome<OrganisationInput>.NotFound($"There is no organisation {id}.");
        var errors = await input.ValidateAsync(db, id, ct);
        if (errors.Any) return Outcome<OrganisationInput>.Invalid(errors.ToDictionary());
        if (organisation.Version != input.Version) return Stale(organisation);

        input.ApplyTo(organisation);
        db.ExpectVersion(organisation, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale(await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == id, ct));
        }
        return Outcome<OrganisationInput>.Ok(OrganisationInput.From(organisation));
    }

    private static Outcome<OrganisationInput> Stale(Organisation stored) =>
        Outcome<OrganisationInput>.Conflict(
            $"Someone else saved this organisation (version {stored.Version}) after you opened it.", OrganisationInput.From(stored));
}
