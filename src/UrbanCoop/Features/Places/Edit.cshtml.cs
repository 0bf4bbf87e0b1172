using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Places;

public sealed class EditModel(AppDbContext db) : PageModel
{
    [BindProperty] public PlaceInput Input { get; set; } = new();
    [BindProperty] public string? AliasesText { get; set; }
    public string Name { get; private set; } = "";
    public IReadOnlyList<EditConflict.Difference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var place = await db.Places.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (place is null) return NotFound();
        Input = PlaceInput.From(place);
        Name = place.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Input.Aliases = FormLists.Lines(AliasesText);
        var outcome = await UpdatePlace.HandleAsync(db, id, Input, ct);
        if (EditConflict.AfterSave(this, outcome, Input, $"/places/{id}", out var conflict) is { } done) return done;
        Conflict = conflict;
        Name = Input.Name;
        return Page();
    }
}
