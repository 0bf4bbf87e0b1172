using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Organisations;

public sealed class DetailsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public GetOrganisation.Profile Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var outcome = await GetOrganisation.HandleAsync(db, id, clock, ct);
        if (!outcome.Succeeded) return NotFound();
        Organisation = outcome.Value!;
        return Page();
    }
}
