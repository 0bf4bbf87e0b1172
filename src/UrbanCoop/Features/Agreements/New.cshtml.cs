using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Agreements;

public sealed class NewModel(AppDbContext db) : AgreementFormPage
{
    public async Task OnGetAsync(int? organisation, int? place, int? activity, CancellationToken ct)
    {
        if (organisation is int organisationId) Input.OrganisationIds.Add(organisationId);
        if (place is int placeId) Input.PlaceIds.Add(placeId);
        Input.ActivityId = activity;
        await LoadChoicesAsync(db, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await CreateAgreement.HandleAsync(db, Input, ct);
        if (outcome.Succeeded) return Redirect($"/agreements/{outcome.Value!.Id}");
        outcome.AddTo(ModelState);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadChoicesAsync(db, ct);
        return Page();
    }
}
