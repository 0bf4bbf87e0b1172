using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Organisations;

public sealed class NewModel(AppDbContext db) : OrganisationFormPage
{
    public async Task OnGetAsync(int? place, int? parent, CancellationToken ct)
    {
        Input.PlaceId = place;
        Input.ParentId = parent;
        await LoadChoicesAsync(db, null, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Aliases = FormLists.Lines(AliasesText);
        var outcome = await CreateOrganisation.HandleAsync(db, Input, ct);
        if (outcome.Succeeded) return Redirect($"/organisations/{outcome.Value!.Id}");
        outcome.AddTo(ModelState);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadChoicesAsync(db, null, ct);
        return Page();
    }
}
