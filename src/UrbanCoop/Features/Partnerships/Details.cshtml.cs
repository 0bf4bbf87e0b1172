using UrbanCoop.Features.Documents;
using UrbanCoop.Features.Languages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Partnerships;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public GetPartnership.Profile Partnership { get; private set; } = null!;

    public Translations Texts { get; private set; } = Translations.None;

    public Map.GetMap.Result? SmallMap { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var outcome = await GetPartnership.HandleAsync(db, id, ct);
        if (!outcome.Succeeded) return NotFound();
        Partnership = outcome.Value!;
        SmallMap = (await Map.GetMap.HandleAsync(db, new Map.GetMap.Query(Partnership: id), ct)).Value;
        Texts = await RecordTexts.ForReaderAsync(db, RecordKind.Partnership, [id], ct);
        return Page();
    }
}
