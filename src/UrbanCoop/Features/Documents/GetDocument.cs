using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Documents;

/// <summary>A document with its file (if stored) and the records it is linked to.</summary>
public static class GetDocument
{
    public sealed record Details(
        int Id, string Title, DocumentKind Kind, string? Language, string? Source, DateOnly? PublishedOn, string? Text,
        Attachment? File, IReadOnlyList<LinkedRecord> Links, int Version, DateTime UpdatedAt);

    /// <summary><see cref="DownloadUrl"/> is null when only the file's name is known (imported without its bytes).</summary>
    public sealed record Attachment(string? FileName, string? ContentType, long? SizeBytes, string? DownloadUrl);

    /// <summary><see cref="Name"/> is null when the linked record no longer exists.</summary>
    public sealed record LinkedRecord(RecordKind Kind, int Id, string? Name, string Url);

    public static async Task<Outcome<Details>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var d = await db.Documents.AsNoTracking().Include(x => x.Links).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return Outcome<Details>.NotFound($"There is no document {id}.");

        var stored = await db.DocumentFiles.AnyAsync(f => f.DocumentId == id, ct);
        var file = stored || d.FileName is not null
            ? new Attachment(d.FileName, d.ContentType, d.SizeBytes, stored ? $"/documents/{id}/file" : null)
            : null;
        var links = new List<LinkedRecord>();
        foreach (var group in d.Links.GroupBy(l => l.RecordKind).OrderBy(g => g.Key))
        {
            var names = await LinkedRecords.NamesAsync(db, group.Key, [.. group.Select(l => l.RecordId)], ct);
            links.AddRange(group.Select(l => new LinkedRecord(l.RecordKind, l.RecordId, names.GetValueOrDefault(l.RecordId), LinkedRecords.Url(l.RecordKind, l.RecordId)))
                .OrderBy(l => l.Name));
        }
        return Outcome<Details>.Ok(new Details(d.Id, d.Title, d.Kind, d.Language, d.Source, d.PublishedOn, d.Text, file, links,
            d.Version, DateTime.SpecifyKind(d.UpdatedAt, DateTimeKind.Utc)));
    }
}
