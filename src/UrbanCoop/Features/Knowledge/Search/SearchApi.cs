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
            (await RunSearch.HandleAsync(db, target.Provider, request, SignedIn(http), ct)).ToHttp()).WithName("Search");
        search.MapGet("/suggest", async ([FromQuery] string? q, AppDbContext db, DatabaseTarget target, HttpContext http, CancellationToken ct) =>
            TypedResults.Ok(await SuggestSearch.HandleAsync(db, target.Provider, q, SignedIn(http), ct))).WithName("SuggestSearch");
    }

    /// <summary>Drafts are found only by signed-in accounts; the public finds published records.</summary>
    public static bool SignedIn(HttpContext http) => http.User.Identity?.IsAuthenticated == true;
}
