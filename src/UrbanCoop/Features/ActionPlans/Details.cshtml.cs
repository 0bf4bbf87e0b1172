using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.ActionPlans;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public GetActionPlan.Profile Plan { get; private set; } = null!;
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var outcome = await GetActionPlan.HandleAsync(db, id, ct);
        if (!outcome.Succeeded) return NotFound();
        Plan = outcome.Value!;
        return Page();
    }

    /// <summary>Starts the next version as a draft copy of the latest one and opens it for editing.</summary>
    public async Task<IActionResult> OnPostNewVersionAsync(int id, CancellationToken ct)
    {
        var outcome = await NewActionPlanVersion.HandleAsync(db, id, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Succeeded) return Redirect($"/action-plans/{outcome.Value!.Id}/edit");
        Plan = (await GetActionPlan.HandleAsync(db, id, ct)).Value!;
        Problem = string.Join(" ", outcome.Errors.Values.SelectMany(m => m));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
