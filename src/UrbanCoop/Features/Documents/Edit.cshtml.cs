using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Documents;

public sealed class EditModel(AppDbContext db) : PageModel, IDocumentForm
{
    [BindProperty] public DocumentInput Input { get; set; } = new();
    [BindProperty] public string? LinksText { get; set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<EditConflict.Difference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().Include(d => d.Links).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (document is null) return NotFound();
        Input = DocumentInput.From(document);
        LinksText = await LinkedRecords.LinesAsync(db, Input.Links, ct);
        Title = document.Title;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var (links, unreadable) = LinkedRecords.ParseLines(LinksText);
        Input.Links = links;
        var outcome = unreadable.Count > 0
            ? Outcome<DocumentInput>.Invalid(nameof(DocumentInput.Links), $"Write each link as a kind of record and its id, e.g. Activity 12 (not '{unreadable[0]}').")
            : await UpdateDocument.HandleAsync(db, id, Input, ct);
        if (EditConflict.AfterSave(this, outcome, Input, $"/documents/{id}", out var conflict) is { } done) return done;
        Conflict = conflict;
        Title = Input.Title;
        return Page();
    }
}
