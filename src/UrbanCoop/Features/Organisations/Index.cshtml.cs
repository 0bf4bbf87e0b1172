using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Organisations;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true), FromQuery] public ListOrganisations.Query Filter { get; set; } = new();
    public Paged<ListOrganisations.Item> Result { get; private set; } = new([], 1, 20, 0);
    public IReadOnlyList<Choice> Places { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var outcome = await ListOrganisations.HandleAsync(db, Filter, ct);
        if (outcome.Succeeded) Result = outcome.Value!;
        else
        {
            Problem = string.Join(" ", outcome.Errors.Values.SelectMany(m => m));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        Places = await Choices.ListAsync(db.Places.Where(p => db.Organisations.Any(o => o.PlaceId == p.Id))
            .Select(p => new Choice { Id = p.Id, Name = p.Name }), [Filter.Place], ct);
        return Page();
    }
}
