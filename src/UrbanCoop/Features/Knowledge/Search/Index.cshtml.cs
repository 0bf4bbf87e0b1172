using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Knowledge.Search;

public sealed class IndexModel(AppDbContext db, DatabaseTarget target) : PageModel
{
    public SearchRequest Filter { get; private set; } = new();
    public RunSearch.Results? Result { get; private set; }
    public string? Problem { get; private set; }
    public Paged<RunSearch.Hit> Pages => Result is null ? new([], 1, SearchRequest.DefaultPageSize, 0)
        : new(Result.Items, Result.Page, Result.PageSize, Result.Total);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Read from the query string, not bound: Razor Pages' own "page" route value would take the Page property.
        string? Query(string key) => Request.Query.TryGetValue(key, out var value) ? value.ToString() : null;
        Filter = new SearchRequest(Query("q"), Query("kind"), Query("theme"), Query("sdg"), Query("country"), Query("programme"),
            Query("year"), Query("page"), Query("pageSize"));
        var outcome = await RunSearch.HandleAsync(db, target.Provider, Filter, SearchApi.SeesAllDrafts(HttpContext), ct);
        if (outcome.Succeeded) Result = outcome.Value;
        else
        {
            Problem = string.Join(" ", outcome.Errors.Values.SelectMany(m => m));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }
}
