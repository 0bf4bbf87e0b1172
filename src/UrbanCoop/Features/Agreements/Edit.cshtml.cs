using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Agreements;

public sealed class EditModel(AppDbContext db) : AgreementFormPage
{
    public string Name { get; private set; } = "";
    public IReadOnlyList<EditConflict.Difference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Parties).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();
        Input = AgreementInput.From(agreement);
        Name = agreement.Title;
        await LoadChoicesAsync(db, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var outcome = await UpdateAgreement.HandleAsync(db, id, Input, ct);
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                return Redirect($"/agreements/{id}");
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
        Name = Input.Title;
        await LoadChoicesAsync(db, ct);
        return Page();
    }
}
