using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Places;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public GetPlace.Profile Place { get; private set; } = null!;

    public Map.GetMap.Result? SmallMap { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var outcome = await GetPlace.HandleAsync(db, id, ct);
        if (!outcome.Succeeded) return NotFound();
        Place = outcome.Value!;
        SmallMap = (await Map.GetMap.HandleAsync(db, new Map.GetMap.Query(Place: id), ct)).Value;
        return Page();
    }
}
