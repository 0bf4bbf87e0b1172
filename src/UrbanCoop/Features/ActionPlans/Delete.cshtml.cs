using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.ActionPlans;

public sealed class DeleteModel(AppDbContext db) : PageModel
{
    public string Name { get; private set; } = "";
    public int PartnershipId { get; private set; }
    public IReadOnlyList<string> UsedBy { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        UsedBy = await DeleteActionPlan.UsagesAsync(db, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var outcome = await DeleteActionPlan.HandleAsync(db, id, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Succeeded) return Redirect($"/partnerships/{PartnershipId}");
        UsedBy = outcome.Details;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var plan = await db.ActionPlans.Where(a => a.Id == id).Select(a => new { a.Title, a.VersionNumber, a.PartnershipId }).FirstOrDefaultAsync(ct);
        if (plan is null) return false;
        Name = $"{plan.Title} (v{plan.VersionNumber})";
        PartnershipId = plan.PartnershipId;
        return true;
    }
}
