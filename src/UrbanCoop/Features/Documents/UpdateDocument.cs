using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Documents;

public static class UpdateDocument
{
    /// <summary>
    /// Saves the document's metadata, text and links (the file stays) and returns its stored fields. A stale
    /// <see cref="DocumentInput.Version"/> gives a conflict that carries the stored fields, so the editor can see what changed.
    /// </summary>
    public static async Task<Outcome<DocumentInput>> HandleAsync(AppDbContext db, int id, DocumentInput input, CancellationToken ct)
    {
        var document = await db.Documents.Include(d => d.Links).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (document is null) return Outcome<DocumentInput>.NotFound($"There is no document {id}.");
        var errors = await input.ValidateAsync(db, ct);
        if (errors.Any) return Outcome<DocumentInput>.Invalid(errors.ToDictionary());
        if (document.Version != input.Version) return Stale(document);

        input.ApplyTo(document);
        db.ExpectVersion(document, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale(await db.Documents.AsNoTracking().Include(d => d.Links).FirstAsync(d => d.Id == id, ct));
        }
        return Outcome<DocumentInput>.Ok(DocumentInput.From(document));
    }

    private static Outcome<DocumentInput> Stale(Document stored) =>
        Outcome<DocumentInput>.Conflict($"Someone else saved this document (version {stored.Version}) after you opened it.", DocumentInput.From(stored));
}
