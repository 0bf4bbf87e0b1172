using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Features.Knowledge.Search;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Knowledge.Articles;

public static class ArticlesApi
{
    public static void MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var articles = app.MapGroup("/api/v1/articles").WithTags("Articles");
        articles.MapGet("/", async ([AsParameters] ListArticles.Query query, AppDbContext db, HttpContext http, CancellationToken ct) =>
            (await ListArticles.HandleAsync(db, query, ct)).ToHttp()).WithName("ListArticles");
        articles.MapGet("/{id:int}", async (int id, AppDbContext db, HttpContext http, CancellationToken ct) =>
            (await GetArticle.HandleAsync(db, id, ct)).ToHttp()).WithName("GetArticle");
        articles.MapPost("/", async ([FromBody] ArticleInput input, AppDbContext db, CancellationToken ct) =>
            (await CreateArticle.HandleAsync(db, input, ct)).ToHttp(c => $"/api/v1/articles/{c.Id}")).WithName("CreateArticle");
        articles.MapPut("/{id:int}", async (int id, [FromBody] ArticleInput input, AppDbContext db, CancellationToken ct) =>
            (await UpdateArticle.HandleAsync(db, id, input, ct)).ToHttp()).WithName("UpdateArticle");
        articles.MapDelete("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await DeleteArticle.HandleAsync(db, id, ct)).ToHttp()).WithName("DeleteArticle");
    }
}
