using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Knowledge.Search;

public sealed class IndexModel(AppDbContext db, DatabaseTarget target) : PageModel
{
    [BindProperty(SupportsGet = true)] public SearchRequest Filter { get; set; } = new();
    public RunSearch.Results? Result { get; private set; }
    public string? Problem { get; private set; }
    public Paged<RunSearch.Hit> Pages => Result is null ? new([], 1, SearchRequest.DefaultPageSize, 0)
        : new(Result.Items, Result.Page, Result.PageSize, Result.Total);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var outcome = await RunSearch.HandleAsync(db, target.Provider, Filter, SearchApi.SignedIn(HttpContext), ct);
        if (outcome.Succeeded) Result = outcome.Value;
        else
        {
            Problem = string.Join(" ", outcome.Errors.Values.SelectMany(m => m));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }
}
