using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Features.Knowledge.Search;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Knowledge.Articles;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public ListArticles.Query Filter { get; set; } = new();
    public Paged<ListArticles.Item> Result { get; private set; } = new([], 1, 20, 0);
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Razor Pages' own "page" route value must not reach the query's Page.
        Filter = Filter with { Page = int.TryParse(Request.Query["page"], out var page) && page > 0 ? page : 1 };
        var outcome = await ListArticles.HandleAsync(db, Filter, ct);
        if (outcome.Succeeded) Result = outcome.Value!;
        else
        {
            Problem = string.Join(" ", outcome.Errors.Values.SelectMany(m => m));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }
}
