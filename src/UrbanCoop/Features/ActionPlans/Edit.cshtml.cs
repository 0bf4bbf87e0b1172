using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.ActionPlans;

public sealed class EditModel(AppDbContext db) : PageModel
{
    [BindProperty] public ActionPlanInput Input { get; set; } = new();
    public string Title { get; private set; } = "";
    public Choice Partnership { get; private set; } = new();
    public IReadOnlyList<EditConflict.Difference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var plan = await db.ActionPlans.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (plan is null) return NotFound();
        Input = ActionPlanInput.From(plan);
        Title = plan.Title;
        return await FormAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        ActionPlanForm.DropEmptyRows(Input, ModelState);
        var outcome = await UpdateActionPlan.HandleAsync(db, id, Input, ct);
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                return Redirect($"/action-plans/{id}");
            case OutcomeStatus.NotFound:
                return NotFound();
            case OutcomeStatus.Conflict:
                // Keep the editor's values on screen, but arm the form with the stored version so a second save overwrites knowingly.
                Conflict = EditConflict.Compare(Input, outcome.Value!);
                ModelState.Remove("Input.Version");
                Input.Version = outcome.Value!.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            default:
                outcome.AddTo(ModelState);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
        }
        Title = Input.Title;
        return await FormAsync(id, ct);
    }

    private async Task<IActionResult> FormAsync(int id, CancellationToken ct)
    {
        ActionPlanForm.AddEmptyRows(Input);
        Partnership = await db.ActionPlans.Where(a => a.Id == id).Select(a => new Choice { Id = a.PartnershipId, Name = a.Partnership!.Name }).FirstAsync(ct);
        return Page();
    }
}
