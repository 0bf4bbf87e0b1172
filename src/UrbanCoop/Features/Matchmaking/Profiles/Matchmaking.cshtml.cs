using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Features.Matchmaking.Brokerage;
using UrbanCoop.Features.Matchmaking.Recommendations;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Matchmaking.Profiles;

/// <summary>An organisation's matchmaking page: its profile, recommended partners, meeting requests and agendas.</summary>
public sealed class MatchmakingModel(AppDbContext db) : PageModel
{
    public GetProfile.View Profile { get; private set; } = null!;
    public IReadOnlyList<ListRecommendations.Recommendation> Recommendations { get; private set; } = [];
    public IReadOnlyList<MeetingRequestView> Requests { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name, DateTime? StartsAt)> Events { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRequestAsync(int id, MeetingRequestInput request, CancellationToken ct)
    {
        var outcome = await RequestMeeting.HandleAsync(db, id, request, ct);
        return await AfterAsync(id, outcome, ct);
    }

    public async Task<IActionResult> OnPostAnswerAsync(int id, int requestId, MeetingAnswer answer, CancellationToken ct)
    {
        var outcome = await AnswerMeetingRequest.HandleAsync(db, id, requestId, answer, ct);
        return await AfterAsync(id, outcome, ct);
    }

    private async Task<IActionResult> AfterAsync(int id, Outcome<MeetingRequestView> outcome, CancellationToken ct)
    {
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Succeeded) return Redirect($"/organisations/{id}/matchmaking#requests");
        Problem = outcome.Errors.Count > 0 ? string.Join(" ", outcome.Errors.SelectMany(e => e.Value)) : outcome.Message;
        Response.StatusCode = outcome.Status == OutcomeStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var profile = await GetProfile.HandleAsync(db, id, ct);
        if (!profile.Succeeded) return false;
        Profile = profile.Value!;
        Recommendations = (await ListRecommendations.HandleAsync(db, id, 10, ct)).Value ?? [];
        Requests = await MeetingRequestViews.OfOrganisationAsync(db, id, ct);
        Events = await GetEventGrid.ListAsync(db, ct);
        return true;
    }
}
