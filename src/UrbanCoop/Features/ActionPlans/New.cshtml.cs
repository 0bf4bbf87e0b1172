using UrbanCoop.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.ActionPlans;

public sealed class NewModel(AppDbContext db) : PageModel
{
    [BindProperty] public ActionPlanInput Input { get; set; } = new();
    public IReadOnlyList<Choice> Partnerships { get; private set; } = [];

    public async Task OnGetAsync(int? partnership, CancellationToken ct)
    {
        Input.PartnershipId = partnership ?? 0;
        ActionPlanForm.AddEmptyRows(Input);
        Partnerships = await ActionPlanForm.PartnershipsAsync(db, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ActionPlanForm.DropEmptyRows(Input, ModelState);
        var outcome = await CreateActionPlan.HandleAsync(db, Input, ct);
        if (outcome.Succeeded) return Redirect($"/action-plans/{outcome.Value!.Id}");
        outcome.AddTo(ModelState);
        ActionPlanForm.AddEmptyRows(Input);
        Partnerships = await ActionPlanForm.PartnershipsAsync(db, ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
