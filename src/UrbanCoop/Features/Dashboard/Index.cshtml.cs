using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Dashboard;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public GetDashboard.Query Filter { get; set; } = new();
    public GetDashboard.Result? Result { get; private set; }
    public IReadOnlyList<Choice> Programmes { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice { Id = p.Id, Name = p.Acronym ?? p.Name }).ToListAsync(ct);
        if (!ModelState.IsValid)
        {
            Problem = InvalidQuery.Describe(ModelState);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var outcome = await GetDashboard.HandleAsync(db, Filter, ct);
        if (outcome.Succeeded) Result = outcome.Value;
        else
        {
            Problem = string.Join(" ", outcome.Errors.Values.SelectMany(m => m));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }
}
