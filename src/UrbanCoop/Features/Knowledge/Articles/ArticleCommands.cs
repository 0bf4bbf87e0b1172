using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Knowledge.Articles;

public static class CreateArticle
{
    public sealed record Created(int Id, int Version);

    public static async Task<Outcome<Created>> HandleAsync(AppDbContext db, ArticleInput input, CancellationToken ct)
    {
        var errors = await input.ValidateAsync(db, ct);
        if (errors.Any) return Outcome<Created>.Invalid(errors.ToDictionary());
        var article = new Article { Title = input.Title, Body = input.Body };
        input.ApplyTo(article);
        db.Articles.Add(article);
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Created(new(article.Id, article.Version));
    }
}

public static class UpdateArticle
{
    /// <summary>Saves the article and its links; a stale version gives a conflict carrying the stored fields.</summary>
    public static async Task<Outcome<ArticleInput>> HandleAsync(AppDbContext db, int id, ArticleInput input, CancellationToken ct)
    {
        var article = await db.Articles.Include(a => a.Links).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return Outcome<ArticleInput>.NotFound($"There is no article {id}.");
        var errors = await input.ValidateAsync(db, ct);
        if (errors.Any) return Outcome<ArticleInput>.Invalid(errors.ToDictionary());
        if (article.Version != input.Version) return Stale(article);
        input.ApplyTo(article);
        db.ExpectVersion(article, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale(await db.Articles.AsNoTracking().Include(a => a.Links).FirstAsync(a => a.Id == id, ct));
        }
        return Outcome<ArticleInput>.Ok(ArticleInput.From(article));
    }

    private static Outcome<ArticleInput> Stale(Article stored) =>
        Outcome<ArticleInput>.Conflict($"Someone else saved this article (version {stored.Version}) after you opened it.", ArticleInput.From(stored));
}

public static class DeleteArticle
{
    public sealed record Deleted(int Id);

    /// <summary>Its links go with it; documents attached to it stay, without the link.</summary>
    public static async Task<Outcome<Deleted>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var article = await db.Articles.Include(a => a.Links).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return Outcome<Deleted>.NotFound($"There is no article {id}.");
        db.Articles.Remove(article);
        db.DocumentLinks.RemoveRange(db.DocumentLinks.Where(l => l.RecordKind == Documents.RecordKind.Article && l.RecordId == id));
        await db.SaveChangesAsync(ct);
        return Outcome<Deleted>.Ok(new(id));
    }
}
