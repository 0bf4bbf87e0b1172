using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Agreements;

public static class UpdateAgreement
{
    /// <summary>
    /// Saves the agreement with its parties and returns the stored fields. A stale <see cref="AgreementInput.Version"/>
    /// gives a conflict that carries the stored fields, so the editor can see what changed.
    /// </summary>
    public static async Task<Outcome<AgreementInput>> HandleAsync(AppDbContext db, int id, AgreementInput input, CancellationToken ct)
    {
        var agreement = await db.Agreements.Include(a => a.Parties).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return Outcome<AgreementInput>.NotFound($"There is no agreement {id}.");
        var errors = await input.ValidateAsync(db, ct);
        if (errors.Any) return Outcome<AgreementInput>.Invalid(errors.ToDictionary());
        if (agreement.Version != input.Version) return Stale(agreement);

        input.ApplyTo(agreement);
        db.ExpectVersion(agreement, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale(await db.Agreements.AsNoTracking().Include(a => a.Parties).FirstAsync(a => a.Id == id, ct));
        }
        return Outcome<AgreementInput>.Ok(AgreementInput.From(agreement));
    }

    private static Outcome<AgreementInput> Stale(Agreement stored) =>
        Outcome<AgreementInput>.Conflict($"Someone else saved this agreement (version {stored.Version}) after you opened it.", AgreementInput.From(stored));
}
