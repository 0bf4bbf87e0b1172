using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Features.Knowledge.Search;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Knowledge.Articles;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public GetArticle.Details Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var outcome = await GetArticle.HandleAsync(db, id, ct);
        if (!outcome.Succeeded) return NotFound();
        Article = outcome.Value!;
        return Page();
    }
}
