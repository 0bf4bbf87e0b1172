using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Documents;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Knowledge.Articles;

/// <summary>Articles newest first; drafts only for signed-in accounts.</summary>
public static class ListArticles
{
    public sealed record Query(int Page = 1, int PageSize = 20, string? Sort = null, string? Q = null, ArticleKind? Kind = null,
        string? Theme = null, int? Sdg = null, string? Language = null);

    public sealed record Item(int Id, string Title, ArticleKind Kind, string Language, DateOnly? PublishedOn, bool Published, IReadOnlyList<string> Themes);

    public static readonly SortKeys<Article> Sorts = new SortKeys<Article>("-published", a => a.Id)
        .Add("title", a => a.Title)
        .Add("kind", a => a.Kind)
        .Add("published", a => a.PublishedOn)
        .Add("updated", a => a.UpdatedAt);

    public static async Task<Outcome<Paged<Item>>> HandleAsync(AppDbContext db, Query query, CancellationToken ct)
    {
        var articles = db.Articles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim().ToLower();
            articles = articles.Where(a => a.Title.ToLower().Contains(text));
        }
        if (query.Kind is ArticleKind kind) articles = articles.Where(a => a.Kind == kind);
        if (!string.IsNullOrWhiteSpace(query.Theme)) articles = articles.Where(a => a.Themes.Contains(query.Theme.Trim()));
        if (query.Sdg is int sdg) articles = articles.Where(a => a.Sdgs.Contains(sdg));
        if (!string.IsNullOrWhiteSpace(query.Language)) articles = articles.Where(a => a.Language == query.Language.Trim());
        var sorted = articles.SortBy(query.Sort, Sorts);
        if (sorted is null) return Outcome<Paged<Item>>.Invalid("sort", Paging.UnknownSortMessage(Sorts));
        return Outcome<Paged<Item>>.Ok(await sorted
            .Select(a => new Item(a.Id, a.Title, a.Kind, a.Language, a.PublishedOn, a.Published, a.Themes))
            .ToPagedAsync(query.Page, query.PageSize, ct));
    }
}

/// <summary>An article with its body rendered to safe HTML, its links by name and its attached documents.</summary>
public static class GetArticle
{
    public sealed record Details(
        int Id, string Title, ArticleKind Kind, string Body, string BodyHtml, string Language, DateOnly? PublishedOn, bool Published,
        IReadOnlyList<Named> Themes, IReadOnlyList<Named> Sdgs, IReadOnlyList<Linked> Links, IReadOnlyList<Linked> Attachments,
        int Version, DateTime UpdatedAt);

    public sealed record Named(string Id, string Name);
    public sealed record Linked(RecordKind Kind, int Id, string Name, string Url);

    public static async Task<Outcome<Details>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var a = await db.Articles.AsNoTracking().Include(x => x.Links).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return Outcome<Details>.NotFound($"There is no article {id}.");
        var links = new List<Linked>();
        foreach (var kind in a.Links.GroupBy(l => l.RecordKind))
        {
            var names = await LinkedRecords.NamesAsync(db, kind.Key, [.. kind.Select(l => l.RecordId)], ct);
            links.AddRange(kind.Where(l => names.ContainsKey(l.RecordId))
                .Select(l => new Linked(l.RecordKind, l.RecordId, names[l.RecordId], LinkedRecords.Url(l.RecordKind, l.RecordId))));
        }
        var attachments = await db.Documents.AsNoTracking()
            .Where(d => d.Links.Any(l => l.RecordKind == RecordKind.Article && l.RecordId == id)).OrderBy(d => d.Title)
            .Select(d => new Linked(RecordKind.Document, d.Id, d.Title, "/documents/" + d.Id)).ToListAsync(ct);
        return Outcome<Details>.Ok(new Details(a.Id, a.Title, a.Kind, a.Body, ArticleText.Html(a.Body), a.Language, a.PublishedOn, a.Published,
            [.. a.Themes.Select(t => new Named(t, Themes.NameOf(t)))], [.. a.Sdgs.Select(s => new Named(s.ToString(System.Globalization.CultureInfo.InvariantCulture), Reference.Sdgs.NameOf(s)))],
            links, attachments, a.Version, a.UpdatedAt));
    }
}
