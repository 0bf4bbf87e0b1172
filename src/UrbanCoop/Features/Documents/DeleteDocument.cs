using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Documents;

public static class DeleteDocument
{
    public sealed record Deleted(int Id);

    /// <summary>
    /// Deletes the document with what it owns: its file and its links. No other record points at a document,
    /// so there is nothing to refuse for.
    /// </summary>
    public static async Task<Outcome<Deleted>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (document is null) return Outcome<Deleted>.NotFound($"There is no document {id}.");
        db.Documents.Remove(document);
        await db.SaveChangesAsync(ct);
        return Outcome<Deleted>.Ok(new(id));
    }
}
