using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Agreements;

public static class DeleteAgreement
{
    public sealed record Deleted(int Id);

    /// <summary>What still points at an agreement; its parties go with it, a partnership founded on it blocks the delete.</summary>
    public static async Task<IReadOnlyList<string>> UsagesAsync(AppDbContext db, int id, CancellationToken ct) =>
        await db.Partnerships.Where(p => p.AgreementId == id).Select(p => "Partnership: " + p.Name).ToListAsync(ct);

    public static async Task<Outcome<Deleted>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var agreement = await db.Agreements.Include(a => a.Parties).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return Outcome<Deleted>.NotFound($"There is no agreement {id}.");
        var uses = await UsagesAsync(db, id, ct);
        if (uses.Count > 0)
            return Outcome<Deleted>.Conflict($"{agreement.Title} is still used by {uses.Count} record(s); remove those links first.", details: uses);
        db.Agreements.Remove(agreement);
        await db.SaveChangesAsync(ct);
        return Outcome<Deleted>.Ok(new(id));
    }
}
