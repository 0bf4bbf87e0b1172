using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Documents;

public static class ListDocuments
{
    /// <summary><see cref="RecordKind"/> (with or without <see cref="RecordId"/>) keeps the documents linked to such records.</summary>
    public sealed record Query(
        int Page = 1, int PageSize = 20, string? Sort = null, string? Q = null, DocumentKind? Kind = null, string? Language = null,
        RecordKind? RecordKind = null, int? RecordId = null, DateOnly? From = null, DateOnly? To = null);

    public sealed record Item(
        int Id, string Title, DocumentKind Kind, string? Language, DateOnly? PublishedOn, string? FileName, long? SizeBytes, int Links);

    // Undated documents sort as the oldest on both providers (PostgreSQL would put NULL first when descending).
    public static readonly SortKeys<Document> Sorts = new SortKeys<Document>("-published", d => d.Id)
        .Add("published", d => d.PublishedOn ?? DateOnly.MinValue)
        .Add("title", d => d.Title)
        .Add("kind", d => d.Kind)
        .Add("size", d => d.SizeBytes ?? 0)
        .Add("updated", d => d.UpdatedAt);

    public static async Task<Outcome<Paged<Item>>> HandleAsync(AppDbContext db, Query query, CancellationToken ct)
    {
        if (query.RecordId is not null && query.RecordKind is null)
            return Outcome<Paged<Item>>.Invalid("recordKind", "Say which kind of record the id is, e.g. recordKind=Activity.");
        if (query.From > query.To) return Outcome<Paged<Item>>.Invalid("to", "The end of the date range is before its start.");

        var documents = db.Documents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim().ToLower();
            documents = documents.Where(d => d.Title.ToLower().Contains(text) || (d.FileName != null && d.FileName.ToLower().Contains(text))
                || (d.Text != null && d.Text.ToLower().Contains(text)));
        }
        if (query.Kind is DocumentKind kind) documents = documents.Where(d => d.Kind == kind);
        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            var language = query.Language.Trim().ToLower();
            documents = documents.Where(d => d.Language != null && d.Language.ToLower() == language);
        }
        if (query.RecordKind is RecordKind recordKind)
        {
            var links = db.DocumentLinks.Where(l => l.RecordKind == recordKind);
            if (query.RecordId is int recordId) links = links.Where(l => l.RecordId == recordId);
            documents = documents.Where(d => links.Select(l => l.DocumentId).Contains(d.Id));
        }
        if (query.From is DateOnly from) documents = documents.Where(d => d.PublishedOn >= from);
        if (query.To is DateOnly to) documents = documents.Where(d => d.PublishedOn <= to);

        var sorted = documents.SortBy(query.Sort, Sorts);
        if (sorted is null) return Outcome<Paged<Item>>.Invalid("sort", Paging.UnknownSortMessage(Sorts));
        var page = await sorted
            .Select(d => new Item(d.Id, d.Title, d.Kind, d.Language, d.PublishedOn, d.FileName, d.SizeBytes, d.Links.Count))
            .ToPagedAsync(query.Page, query.PageSize, ct);
        return Outcome<Paged<Item>>.Ok(page);
    }
}
