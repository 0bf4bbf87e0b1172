using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.People;

public sealed class DetailsModel(AppDbContext db, EditScope scope, TimeProvider clock) : PageModel
{
    public GetPerson.Profile Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var outcome = await GetPerson.HandleAsync(db, id, User, scope, clock, ct);
        if (!outcome.Succeeded) return NotFound();
        Person = outcome.Value!;
        return Page();
    }
}
