using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.ActionPlans.Summary;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public GetPlanSummary.PlanSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var outcome = await GetPlanSummary.HandleAsync(db, id, ct);
        if (!outcome.Succeeded) return NotFound();
        Summary = outcome.Value!;
        return Page();
    }
}
