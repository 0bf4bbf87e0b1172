using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Partnerships;

public sealed class ClusterDetailsModel(AppDbContext db) : PageModel
{
    public GetCluster.Profile Cluster { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var outcome = await GetCluster.HandleAsync(db, id, ct);
        if (!outcome.Succeeded) return NotFound();
        Cluster = outcome.Value!;
        return Page();
    }
}
