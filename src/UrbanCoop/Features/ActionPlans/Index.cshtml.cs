using UrbanCoop.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.ActionPlans;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true), FromQuery] public ListActionPlans.Query Filter { get; set; } = new();
    public Paged<ListActionPlans.Item> Result { get; private set; } = new([], 1, 20, 0);
    public PartnershipChoices Choices { get; private set; } = PartnershipChoices.None;
    public IReadOnlyList<Choice> Partnerships { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Choices = await PartnershipChoices.LoadAsync(db, placeIds: null, ct);
        Partnerships = await ActionPlanForm.PartnershipsAsync(db, ct);
        var outcome = await ListActionPlans.HandleAsync(db, Filter, ct);
        if (outcome.Succeeded) Result = outcome.Value!;
        else
        {
            Problem = string.Join(" ", outcome.Errors.Values.SelectMany(m => m));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }
}
