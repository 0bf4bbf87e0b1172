using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.People;

public sealed class EditModel(AppDbContext db) : PersonFormPage
{
    public string Name { get; private set; } = "";
    public IReadOnlyList<EditConflict.Difference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Include(p => p.Positions).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return NotFound();
        Input = PersonInput.From(person);
        Name = person.DisplayName;
        await PrepareFormAsync(db, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        DropBlankPositions();
        var outcome = await UpdatePerson.HandleAsync(db, id, Input, ct);
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                return Redirect($"/people/{id}");
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
        Name = PersonNames.Display(Input.GivenName ?? "", Input.FamilyName ?? "", Input.FamilyNameFirst);
        await PrepareFormAsync(db, ct);
        return Page();
    }
}
