using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Documents;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.ActionPlans;

public static class DeleteActionPlan
{
    public sealed record Deleted(int Id);

    /// <summary>What still points at a plan version (documents linked to it); its themes go with it.</summary>
    public static async Task<IReadOnlyList<string>> UsagesAsync(AppDbContext db, int id, CancellationToken ct) =>
        await db.DocumentLinks.Where(l => l.RecordKind == RecordKind.ActionPlan && l.RecordId == id)
            .Join(db.Documents, l => l.DocumentId, d => d.Id, (l, d) => "Document: " + d.Title).ToListAsync(ct);

    public static async Task<Outcome<Deleted>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var plan = await db.ActionPlans.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (plan is null) return Outcome<Deleted>.NotFound($"There is no action plan {id}.");
        var uses = await UsagesAsync(db, id, ct);
        if (uses.Count > 0)
            return Outcome<Deleted>.Conflict($"{plan.Title} is still used by {uses.Count} record(s); remove those links first.", details: uses);
        db.ActionPlans.Remove(plan);
        await db.SaveChangesAsync(ct);
        return Outcome<Deleted>.Ok(new(id));
    }
}
