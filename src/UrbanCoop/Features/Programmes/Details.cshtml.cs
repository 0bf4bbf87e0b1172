using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Programmes;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public GetProgramme.Profile Programme { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var outcome = await GetProgramme.HandleAsync(db, id, ct);
        if (!outcome.Succeeded) return NotFound();
        Programme = outcome.Value!;
        return Page();
    }
}
