using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Documents;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Programmes;

public static class DeleteProgramme
{
    public sealed record Deleted(int Id);

    /// <summary>What still points at a programme; a programme in use is not deleted.</summary>
    public static async Task<IReadOnlyList<string>> UsagesAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var uses = new List<string>();
        uses.AddRange(await db.Partnerships.Where(p => p.ProgrammeId == id).Select(p => "Partnership: " + p.Name).ToListAsync(ct));
        uses.AddRange(await db.Clusters.Where(c => c.ProgrammeId == id).Select(c => "Cluster: " + c.Name).ToListAsync(ct));
        uses.AddRange(await db.Activities.Where(a => a.ProgrammeId == id).Select(a => "Activity: " + a.Title).ToListAsync(ct));
        uses.AddRange(await db.DocumentLinks.Where(l => l.RecordKind == RecordKind.Programme && l.RecordId == id)
            .Join(db.Documents, l => l.DocumentId, d => d.Id, (l, d) => "Document: " + d.Title).ToListAsync(ct));
        return uses;
    }

    public static async Task<Outcome<Deleted>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null) return Outcome<Deleted>.NotFound($"There is no programme {id}.");
        var uses = await UsagesAsync(db, id, ct);
        if (uses.Count > 0)
            return Outcome<Deleted>.Conflict($"{programme.Name} is still used by {uses.Count} record(s); remove those links first.", details: uses);
        db.Programmes.Remove(programme);
        await db.SaveChangesAsync(ct);
        return Outcome<Deleted>.Ok(new(id));
    }
}
