using UrbanCoop.Features.Documents;
using UrbanCoop.Features.Languages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Activities;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public GetActivity.Details Activity { get; private set; } = null!;

    public Translations Texts { get; private set; } = Translations.None;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var outcome = await GetActivity.HandleAsync(db, id, ct);
        if (!outcome.Succeeded) return NotFound();
        Activity = outcome.Value!;
        Texts = await RecordTexts.ForReaderAsync(db, RecordKind.Activity, [id], ct);
        return Page();
    }
}
