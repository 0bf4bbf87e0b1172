using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Matchmaking.Brokerage;

/// <summary>A participant's agenda at an event, in its own time zone.</summary>
public sealed class AgendaModel(AppDbContext db) : PageModel
{
    public GetAgenda.Agenda Agenda { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int eventId, CancellationToken ct)
    {
        var outcome = await GetAgenda.HandleAsync(db, id, eventId, ct);
        if (!outcome.Succeeded) return NotFound();
        Agenda = outcome.Value!;
        return Page();
    }
}
