using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.PilotProjects;

public sealed class DetailsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public GetPilotProject.Profile Project { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var outcome = await GetPilotProject.HandleAsync(db, id, clock, ct);
        if (!outcome.Succeeded) return NotFound();
        Project = outcome.Value!;
        return Page();
    }
}
