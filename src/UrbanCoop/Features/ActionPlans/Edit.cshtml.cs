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
        if (EditConflict.AfterSave(this, outcome, Input, $"/action-plans/{id}", out var conflict) is { } done) return done;
        Conflict = conflict;
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
