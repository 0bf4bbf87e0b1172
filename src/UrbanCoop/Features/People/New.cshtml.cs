using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.People;

public sealed class NewModel(AppDbContext db) : PersonFormPage
{
    public async Task OnGetAsync(int? organisation, CancellationToken ct)
    {
        if (organisation is int id) Input.Positions.Add(new PositionInput { OrganisationId = id });
        await PrepareFormAsync(db, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        DropBlankPositions();
        var outcome = await CreatePerson.HandleAsync(db, Input, ct);
        if (outcome.Succeeded) return Redirect($"/people/{outcome.Value!.Id}");
        outcome.AddTo(ModelState);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await PrepareFormAsync(db, ct);
        return Page();
    }
}
