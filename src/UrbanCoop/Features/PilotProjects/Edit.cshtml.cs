using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.PilotProjects;

public sealed class EditModel(AppDbContext db) : PageModel
{
    [BindProperty] public PilotProjectInput Input { get; set; } = new();
    [BindProperty] public string? PartnersText { get; set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<EditConflict.Difference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var project = await db.PilotProjects.AsNoTracking().Include(p => p.Partners).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return NotFound();
        Input = PilotProjectInput.From(project);
        Title = project.Title;
        PartnersText = await PilotProjectForm.PartnerLinesAsync(db, Input.PartnerIds, ct);
        ViewData[PilotProjectForm.ViewDataKey] = await PilotProjectForm.LoadAsync(db, PartnersText, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        PilotProjectForm.DropBlankMilestones(Input, ModelState);
        if (!PilotProjectForm.TryReadPartners(PartnersText, ModelState, out var partnerIds))
            Response.StatusCode = StatusCodes.Status400BadRequest;
        else
        {
            Input.PartnerIds = partnerIds;
            var outcome = await UpdatePilotProject.HandleAsync(db, id, Input, ct);
            if (EditConflict.AfterSave(this, outcome, Input, $"/pilot-projects/{id}", out var conflict) is { } done) return done;
            Conflict = conflict;
        }
        Title = Input.Title;
        ViewData[PilotProjectForm.ViewDataKey] = await PilotProjectForm.LoadAsync(db, PartnersText, ct);
        return Page();
    }
}
