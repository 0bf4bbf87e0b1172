using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Documents;

public static class CreateDocument
{
    public sealed record Created(int Id, int Version);

    public static async Task<Outcome<Created>> HandleAsync(AppDbContext db, DocumentInput input, DocumentUpload? upload, CancellationToken ct)
    {
        var errors = await input.ValidateAsync(db, ct);
        if (upload is { Content.Length: 0 }) errors.Add("Upload", "The file is empty.");
        if (upload?.Content.LongLength > DocumentUpload.MaxBytes) errors.Add("Upload", DocumentUpload.TooLargeMessage);
        if (errors.Any) return Outcome<Created>.Invalid(errors.ToDictionary());

        var document = new Document { Title = input.Title };
        input.ApplyTo(document);
        if (upload is not null) (document.FileName, document.ContentType, document.SizeBytes) = (upload.FileName, upload.ContentType, upload.Content.LongLength);
        // The file row has no navigation to its document, so it needs the document's id: two saves, one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Documents.Add(document);
        await db.SaveChangesAsync(ct);
        if (upload is not null)
        {
            db.DocumentFiles.Add(new DocumentFile { DocumentId = document.Id, Content = upload.Content });
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return Outcome<Created>.Created(new(document.Id, document.Version));
    }
}
