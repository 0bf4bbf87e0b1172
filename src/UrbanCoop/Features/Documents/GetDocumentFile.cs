using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Documents;

public static class GetDocumentFile
{
    public sealed record StoredFile(string FileName, string ContentType, byte[] Content);

    public static async Task<Outcome<StoredFile>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var file = await db.DocumentFiles.AsNoTracking().Where(f => f.DocumentId == id)
            .Join(db.Documents, f => f.DocumentId, d => d.Id, (f, d) => new { d.FileName, d.ContentType, f.Content })
            .FirstOrDefaultAsync(ct);
        return file is null
            ? Outcome<StoredFile>.NotFound($"Document {id} has no stored file.")
            : Outcome<StoredFile>.Ok(new(file.FileName ?? $"document-{id}", file.ContentType ?? "application/octet-stream", file.Content));
    }
}
