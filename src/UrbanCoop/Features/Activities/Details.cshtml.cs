using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Activities;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public GetActivity.Details Activity { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var outcome = await GetActivity.HandleAsync(db, id, ct);
        if (!outcome.Succeeded) return NotFound();
        Activity = outcome.Value!;
        return Page();
    }
}
