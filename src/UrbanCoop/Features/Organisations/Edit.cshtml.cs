using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Organisations;

public sealed class EditModel(AppDbContext db) : OrganisationFormPage
{
    public string Name { get; private set; } = "";
    public IReadOnlyList<EditConflict.Difference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return NotFound();
        Input = OrganisationInput.From(organisation);
        Name = organisation.Name;
        await LoadChoicesAsync(db, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Input.Aliases = FormLists.Lines(AliasesText);
        var outcome = await UpdateOrganisation.HandleAsync(db, id, Input, ct);
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                return Redirect($"/organisations/{id}");
            case OutcomeStatus.NotFound:
                return NotFound();
            case OutcomeStatus.Conflict:
                // Keep the editor's values on screen, but arm the form with the stored version so a second save overwrites knowingly.
                Conflict = EditConflict.Compare(Input, outcome.Value!);
                ModelState.Remove("Input.Version");
                Input.Version = outcome.Value!.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            default:
                outcome.AddTo(ModelState);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
        }
        Name = Input.Name;
        await LoadChoicesAsync(db, id, ct);
        return Page();
    }
}
