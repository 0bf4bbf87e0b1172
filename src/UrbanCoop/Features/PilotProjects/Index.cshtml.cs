using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.PilotProjects;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true), FromQuery] public ListPilotProjects.Query Filter { get; set; } = new();
    public Paged<ListPilotProjects.Item> Result { get; private set; } = new([], 1, 20, 0);
    public IReadOnlyList<GetPilotProject.Link> Programmes { get; private set; } = [];
    public IReadOnlyList<GetPilotProject.Link> Partnerships { get; private set; } = [];
    /// <summary>Only the places that have pilot projects, to keep the choice short.</summary>
    public IReadOnlyList<GetPilotProject.Link> Places { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var outcome = await ListPilotProjects.HandleAsync(db, Filter, ct);
        if (outcome.Succeeded) Result = outcome.Value!;
        else
        {
            Problem = string.Join(" ", outcome.Errors.Values.SelectMany(m => m));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        Programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.Name).Select(p => new GetPilotProject.Link(p.Id, p.Name)).ToListAsync(ct);
        Partnerships = await db.Partnerships.AsNoTracking().OrderBy(p => p.Name).Select(p => new GetPilotProject.Link(p.Id, p.Name)).ToListAsync(ct);
        Places = await db.Places.AsNoTracking().Where(p => db.PilotProjects.Any(x => x.PlaceId == p.Id)).OrderBy(p => p.Name)
            .Select(p => new GetPilotProject.Link(p.Id, p.Name)).ToListAsync(ct);
        return Page();
    }
}
