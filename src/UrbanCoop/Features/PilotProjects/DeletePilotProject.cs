using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Documents;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.PilotProjects;

public static class DeletePilotProject
{
    public sealed record Deleted(int Id);

    /// <summary>What still points at a pilot project; its partners and milestones are its own and go with it.</summary>
    public static async Task<IReadOnlyList<string>> UsagesAsync(AppDbContext db, int id, CancellationToken ct) =>
        await db.DocumentLinks.Where(l => l.RecordKind == RecordKind.PilotProject && l.RecordId == id)
            .Join(db.Documents, l => l.DocumentId, d => d.Id, (l, d) => "Document: " + d.Title).ToListAsync(ct);

    public static async Task<Outcome<Deleted>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var project = await db.PilotProjects.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return Outcome<Deleted>.NotFound($"There is no pilot project {id}.");
        var uses = await UsagesAsync(db, id, ct);
        if (uses.Count > 0)
            return Outcome<Deleted>.Conflict($"{project.Title} is still used by {uses.Count} record(s); remove those links first.", details: uses);
        db.PilotProjects.Remove(project);
        await db.SaveChangesAsync(ct);
        return Outcome<Deleted>.Ok(new(id));
    }
}
