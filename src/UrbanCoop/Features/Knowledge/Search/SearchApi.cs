using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Knowledge.Search;

public static class SearchApi
{
    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        var search = app.MapGroup("/api/v1/search").WithTags("Search");
        search.MapGet("/", async ([AsParameters] SearchRequest request, AppDbContext db, DatabaseTarget target, HttpContext http, CancellationToken ct) =>
            (await RunSearch.HandleAsync(db, target.Provider, request, SeesAllDrafts(http), ct)).ToHttp()).WithName("Search");
        search.MapGet("/suggest", async ([FromQuery] string? q, AppDbContext db, DatabaseTarget target, HttpContext http, CancellationToken ct) =>
            TypedResults.Ok(await SuggestSearch.HandleAsync(db, target.Provider, q, SeesAllDrafts(http), ct))).WithName("SuggestSearch");
    }

    /// <summary>Drafts are found only by signed-in accounts; the public finds published records.</summary>
    /// <summary>The index holds published flags only, so drafts are searched by those who see all of them (admins).</summary>
    public static bool SeesAllDrafts(HttpContext http) => Infrastructure.Database.DraftKeys.VisibleIn(http) is null;
}
