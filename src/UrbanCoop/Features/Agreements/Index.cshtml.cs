using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Agreements;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true), FromQuery] public ListAgreements.Query Filter { get; set; } = new();
    public Paged<ListAgreements.Item> Result { get; private set; } = new([], 1, 20, 0);
    public IReadOnlyList<Choice> Organisations { get; private set; } = [];
    public IReadOnlyList<Choice> Places { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var outcome = await ListAgreements.HandleAsync(db, Filter, ct);
        if (outcome.Succeeded) Result = outcome.Value!;
        else
        {
            Problem = string.Join(" ", outcome.Errors.Values.SelectMany(m => m));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        var parties = db.Set<AgreementParty>();
        Organisations = await Choices.ListAsync(db.Organisations.Where(o => parties.Any(p => p.OrganisationId == o.Id))
            .Select(o => new Choice { Id = o.Id, Name = o.Name }), [Filter.Organisation], ct);
        Places = await Choices.ListAsync(
            db.Places.Where(x => parties.Any(p => p.PlaceId == x.Id || (p.Organisation != null && p.Organisation.PlaceId == x.Id)))
                .Select(x => new Choice { Id = x.Id, Name = x.Name }), [Filter.Place], ct);
        return Page();
    }
}
