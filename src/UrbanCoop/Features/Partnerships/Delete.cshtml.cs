using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

public sealed class DeleteModel(AppDbContext db) : PageModel
{
    public string Name { get; private set; } = "";
    public IReadOnlyList<string> UsedBy { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var name = await db.Partnerships.Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync(ct);
        if (name is null) return NotFound();
        Name = name;
        UsedBy = await DeletePartnership.UsagesAsync(db, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var outcome = await DeletePartnership.HandleAsync(db, id, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Succeeded) return Redirect("/partnerships");
        Name = await db.Partnerships.Where(p => p.Id == id).Select(p => p.Name).FirstAsync(ct);
        UsedBy = outcome.Details;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
