using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Activities;

public sealed class DeleteModel(AppDbContext db) : PageModel
{
    public string Name { get; private set; } = "";
    public IReadOnlyList<string> UsedBy { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var title = await db.Activities.Where(a => a.Id == id).Select(a => a.Title).FirstOrDefaultAsync(ct);
        if (title is null) return NotFound();
        Name = title;
        UsedBy = await DeleteActivity.UsagesAsync(db, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var outcome = await DeleteActivity.HandleAsync(db, id, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Succeeded) return Redirect("/activities");
        Name = await db.Activities.Where(a => a.Id == id).Select(a => a.Title).FirstAsync(ct);
        UsedBy = outcome.Details;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
