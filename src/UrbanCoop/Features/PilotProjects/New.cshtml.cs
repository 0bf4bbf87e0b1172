using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.PilotProjects;

public sealed class NewModel(AppDbContext db) : PageModel
{
    [BindProperty] public PilotProjectInput Input { get; set; } = new();
    [BindProperty] public string? PartnersText { get; set; }

    public async Task OnGetAsync(int? place, int? partnership, CancellationToken ct)
    {
        Input.PlaceId = place;
        Input.PartnershipId = partnership;
        ViewData[PilotProjectForm.ViewDataKey] = await PilotProjectForm.LoadAsync(db, PartnersText, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        PilotProjectForm.DropBlankMilestones(Input, ModelState);
        if (PilotProjectForm.TryReadPartners(PartnersText, ModelState, out var partnerIds))
        {
            Input.PartnerIds = partnerIds;
            var outcome = await CreatePilotProject.HandleAsync(db, Input, ct);
            if (outcome.Succeeded) return Redirect($"/pilot-projects/{outcome.Value!.Id}");
            outcome.AddTo(ModelState);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData[PilotProjectForm.ViewDataKey] = await PilotProjectForm.LoadAsync(db, PartnersText, ct);
        return Page();
    }
}
