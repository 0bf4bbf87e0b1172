using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Programmes;

public sealed class EditModel(AppDbContext db) : PageModel
{
    [BindProperty] public ProgrammeInput Input { get; set; } = new();
    [BindProperty] public string? WorldRegionsText { get; set; }
    public string Name { get; private set; } = "";
    public IReadOnlyList<EditConflict.Difference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null) return NotFound();
        Input = ProgrammeInput.From(programme);
        Name = programme.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Input.WorldRegions = FormLists.Lines(WorldRegionsText);
        var outcome = await UpdateProgramme.HandleAsync(db, id, Input, ct);
        if (EditConflict.AfterSave(this, outcome, Input, $"/programmes/{id}", out var conflict) is { } done) return done;
        Conflict = conflict;
        Name = Input.Name;
        return Page();
    }
}
