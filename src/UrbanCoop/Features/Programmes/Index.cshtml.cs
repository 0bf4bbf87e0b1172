using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Programmes;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true), FromQuery] public ListProgrammes.Query Filter { get; set; } = new();
    public Paged<ListProgrammes.Item> Result { get; private set; } = new([], 1, 20, 0);
    public IReadOnlyList<string> Regions { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var outcome = await ListProgrammes.HandleAsync(db, Filter, ct);
        if (outcome.Succeeded) Result = outcome.Value!;
        else
        {
            Problem = string.Join(" ", outcome.Errors.Values.SelectMany(m => m));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        // Programmes are few, so the region choices are gathered in memory.
        var regions = await db.Programmes.AsNoTracking().Select(p => p.WorldRegions).ToListAsync(ct);
        Regions = [.. regions.SelectMany(r => r).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
        return Page();
    }
}
