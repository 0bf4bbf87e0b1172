using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Agreements;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public GetAgreement.Details Agreement { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var outcome = await GetAgreement.HandleAsync(db, id, ct);
        if (!outcome.Succeeded) return NotFound();
        Agreement = outcome.Value!;
        return Page();
    }
}
