using UrbanCoop.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

public sealed class ClusterIndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true), FromQuery] public ListClusters.Query Filter { get; set; } = new();
    public Paged<ListClusters.Item> Result { get; private set; } = new([], 1, 20, 0);
    public PartnershipChoices Choices { get; private set; } = PartnershipChoices.None;
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Choices = await PartnershipChoices.LoadAsync(db, [], ct);
        var outcome = await ListClusters.HandleAsync(db, Filter, ct);
        if (outcome.Succeeded) Result = outcome.Value!;
        else
        {
            Problem = string.Join(" ", outcome.Errors.Values.SelectMany(m => m));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }
}
