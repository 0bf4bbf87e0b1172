using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Features.Documents;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Publishing;

/// <summary>The publish / back-to-draft button on every record page posts here.</summary>
public sealed class PublicationModel(AppDbContext db) : PageModel
{
    public IActionResult OnGet(string records, int id) => Redirect($"/{records}/{id}");

    public async Task<IActionResult> OnPostAsync(string records, int id, bool published, int version, CancellationToken ct)
    {
        if (RecordRoutes.KindOf("/" + records) is not RecordKind kind) return NotFound();
        var outcome = await SetPublication.HandleAsync(db, kind, id, new(published, version), ct);
        if (outcome.Status == Infrastructure.Http.OutcomeStatus.NotFound) return NotFound();
        // A stale button (someone else published meanwhile) just shows the record as it now is.
        return Redirect($"/{records}/{id}");
    }
}
