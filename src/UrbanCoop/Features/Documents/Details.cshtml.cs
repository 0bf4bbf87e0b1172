using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Documents;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public GetDocument.Details Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var outcome = await GetDocument.HandleAsync(db, id, ct);
        if (!outcome.Succeeded) return NotFound();
        Document = outcome.Value!;
        return Page();
    }
}
