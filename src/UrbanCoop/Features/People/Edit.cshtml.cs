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
        if (EditConflict.AfterSave(this, outcome, Input, $"/people/{id}", out var conflict) is { } done) return done;
        Conflict = conflict;
        Name = PersonNames.Display(Input.GivenName ?? "", Input.FamilyName ?? "", Input.FamilyNameFirst);
        await PrepareFormAsync(db, ct);
        return Page();
    }
}
