using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

public static class UpdatePartnership
{
    /// <summary>
    /// Saves the partnership with its members and returns its stored fields. A stale
    /// <see cref="PartnershipInput.Version"/> gives a conflict that carries the stored fields.
    /// </summary>
    public static async Task<Outcome<PartnershipInput>> HandleAsync(AppDbContext db, int id, PartnershipInput input, CancellationToken ct)
    {
        var partnership = await db.Partnerships.Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (partnership is null) return Outcome<PartnershipInput>.NotFound($"There is no partnership {id}.");
        var errors = await input.ValidateAsync(db, ct);
        if (errors.Any) return Outcome<PartnershipInput>.Invalid(errors.ToDictionary());
        if (partnership.Version != input.Version) return Stale(partnership);

        input.ApplyTo(partnership);
        db.ExpectVersion(partnership, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale(await db.Partnerships.AsNoTracking().Include(p => p.Members).FirstAsync(p => p.Id == id, ct));
        }
        return Outcome<PartnershipInput>.Ok(PartnershipInput.From(partnership));
    }

    private static Outcome<PartnershipInput> Stale(Partnership stored) =>
        Outcome<PartnershipInput>.Conflict($"Someone else saved this partnership (version {stored.Version}) after you opened it.", PartnershipInput.From(stored));
}
