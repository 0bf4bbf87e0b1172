using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Home;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public GetOverview.Overview Overview { get; private set; } = null!;

    public Languages.Translations Texts { get; private set; } = Languages.Translations.None;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Overview = await GetOverview.HandleAsync(db, ct);
        Texts = await Languages.RecordTexts.ForReaderAsync(db, Documents.RecordKind.Partnership, [.. Overview.Partnerships.Select(p => p.Id)], ct);
    }
}
