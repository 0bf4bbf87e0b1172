using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.PilotProjects;

public sealed class DeleteModel(AppDbContext db) : PageModel
{
    public string Title { get; private set; } = "";
    public IReadOnlyList<string> UsedBy { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var title = await db.PilotProjects.Where(p => p.Id == id).Select(p => p.Title).FirstOrDefaultAsync(ct);
        if (title is null) return NotFound();
        Title = title;
        UsedBy = await DeletePilotProject.UsagesAsync(db, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var outcome = await DeletePilotProject.HandleAsync(db, id, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Succeeded) return Redirect("/pilot-projects");
        Title = await db.PilotProjects.Where(p => p.Id == id).Select(p => p.Title).FirstAsync(ct);
        UsedBy = outcome.Details;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
