using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Matchmaking.Brokerage;

/// <summary>The organiser's page: the slot × table grid, and the buttons that run and confirm the schedule.</summary>
public sealed class DetailsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public GetEventGrid.Grid Event { get; private set; } = null!;
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostScheduleAsync(int id, CancellationToken ct) =>
        await AfterAsync(id, await RunScheduler.HandleAsync(db, id, RunScheduler.RequestBudget, clock, ct), ct);

    public async Task<IActionResult> OnPostConfirmAsync(int id, CancellationToken ct) =>
        await AfterAsync(id, await RunScheduler.ConfirmAsync(db, id, ct), ct);

    private async Task<IActionResult> AfterAsync(int id, Outcome<RunScheduler.Summary> outcome, CancellationToken ct)
    {
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Succeeded) return Redirect($"/brokerage-events/{id}");
        Problems = [.. outcome.Errors.SelectMany(e => e.Value)];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var outcome = await GetEventGrid.HandleAsync(db, id, ct);
        if (outcome.Succeeded) Event = outcome.Value!;
        return outcome.Succeeded;
    }
}
