using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Matchmaking.Profiles;

public sealed class EditProfileModel(AppDbContext db) : PageModel
{
    [BindProperty] public ProfileInput Input { get; set; } = new();
    [BindProperty] public string? OffersText { get; set; }
    [BindProperty] public string? SeeksText { get; set; }
    [BindProperty] public string? SectorsText { get; set; }
    [BindProperty] public string? CountriesText { get; set; }
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var outcome = await GetProfile.HandleAsync(db, id, ct);
        if (!outcome.Succeeded) return NotFound();
        (Name, Input) = (outcome.Value!.OrganisationName, outcome.Value.Profile);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Input.Offers = FormLists.Lines(OffersText);
        Input.Seeks = FormLists.Lines(SeeksText);
        Input.Sectors = FormLists.Lines(SectorsText);
        Input.TargetCountries = [.. (CountriesText ?? "").Split([',', ' ', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        var outcome = await SaveProfile.HandleAsync(db, id, Input, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Succeeded) return Redirect($"/organisations/{id}/matchmaking");
        outcome.AddTo(ModelState);
        if (outcome.Status == OutcomeStatus.Conflict)
        {
            ModelState.Remove("Input.Version");
            Input.Version = outcome.Value!.Version;
        }
        Response.StatusCode = outcome.Status == OutcomeStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        Name = (await GetProfile.HandleAsync(db, id, ct)).Value!.OrganisationName;
        return Page();
    }
}
