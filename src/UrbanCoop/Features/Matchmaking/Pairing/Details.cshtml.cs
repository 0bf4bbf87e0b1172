using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Matchmaking.Pairing;

/// <summary>The programme team's view of a call: the optimal pairings with their reasons, and the button that confirms them.</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public ProposePairings.Proposal Proposal { get; private set; } = null!;
    public bool Open { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var outcome = await ConfirmPairings.HandleAsync(db, id, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Succeeded) return Redirect($"/calls/{id}");
        Problem = outcome.Message;
        Response.StatusCode = StatusCodes.Status409Conflict;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var outcome = await ProposePairings.HandleAsync(db, id, ct);
        if (!outcome.Succeeded) return false;
        Proposal = outcome.Value!;
        Open = await db.Calls.Where(c => c.Id == id).Select(c => c.Open).FirstAsync(ct);
        return true;
    }
}
