using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Features.Matchmaking.Brokerage;
using UrbanCoop.Features.Matchmaking.Pairing;
using UrbanCoop.Features.Matchmaking.Profiles;
using UrbanCoop.Features.Matchmaking.Recommendations;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Matchmaking;

/// <summary>
/// What an organisation does for itself lives under /organisations/{id} (its editor's scope); what the
/// organiser of a brokerage event does lives under /brokerage-events/{id}; a city applies to a call
/// under /places/{id}, and the programme team pairs the applicants under /calls/{id}.
/// </summary>
public static class MatchmakingApi
{
    public static void MapMatchmakingApi(this IEndpointRouteBuilder app)
    {
        var organisation = app.MapGroup("/api/v1/organisations/{id:int}").WithTags("Matchmaking");
        organisation.MapGet("/matchmaking-profile", async (int id, AppDbContext db, CancellationToken ct) =>
            (await GetProfile.HandleAsync(db, id, ct)).ToHttp()).WithName("GetMatchmakingProfile");
        organisation.MapPut("/matchmaking-profile", async (int id, [FromBody] ProfileInput input, AppDbContext db, CancellationToken ct) =>
            (await SaveProfile.HandleAsync(db, id, input, ct)).ToHttp()).WithName("SaveMatchmakingProfile");
        organisation.MapGet("/recommendations", async (int id, int? limit, AppDbContext db, CancellationToken ct) =>
            (await ListRecommendations.HandleAsync(db, id, limit ?? 20, ct)).ToHttp()).WithName("ListPartnerRecommendations");
        organisation.MapPost("/brokerage-registrations", async (int id, [FromBody] RegistrationInput input, AppDbContext db, CancellationToken ct) =>
            (await Register.HandleAsync(db, id, input, ct)).ToHttp()).WithName("RegisterForBrokerageEvent");
        organisation.MapGet("/meeting-requests", async (int id, AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await MeetingRequestViews.OfOrganisationAsync(db, id, ct)))
            .AddEndpointFilter<Accounts.EditorsOnlyFilter>().WithName("ListMeetingRequests");
        organisation.MapPost("/meeting-requests", async (int id, [FromBody] MeetingRequestInput input, AppDbContext db, CancellationToken ct) =>
            (await RequestMeeting.HandleAsync(db, id, input, ct)).ToHttp(r => $"/api/v1/organisations/{id}/meeting-requests")).WithName("RequestMeeting");
        organisation.MapPost("/meeting-requests/{request:int}/accept", Answer(MeetingAnswer.Accept)).WithName("AcceptMeetingRequest");
        organisation.MapPost("/meeting-requests/{request:int}/decline", Answer(MeetingAnswer.Decline)).WithName("DeclineMeetingRequest");
        organisation.MapPost("/meeting-requests/{request:int}/cancel", Answer(MeetingAnswer.Cancel)).WithName("CancelMeetingRequest");
        organisation.MapGet("/agenda/{eventId:int}", async (int id, int eventId, AppDbContext db, CancellationToken ct) =>
            (await GetAgenda.HandleAsync(db, id, eventId, ct)).ToHttp()).WithName("GetAgenda");
        organisation.MapGet("/agenda/{eventId:int}/ical", AgendaFileAsync).WithName("GetAgendaCalendar");

        var events = app.MapGroup("/api/v1/brokerage-events").WithTags("Matchmaking");
        events.MapPost("/", async ([FromBody] EventInput input, AppDbContext db, CancellationToken ct) =>
            (await CreateEvent.HandleAsync(db, input, ct)).ToHttp(c => $"/api/v1/brokerage-events/{c.Id}")).WithName("CreateBrokerageEvent");
        events.MapGet("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await GetEventGrid.HandleAsync(db, id, ct)).ToHttp()).WithName("GetBrokerageEvent");
        events.MapPost("/{id:int}/schedule", async (int id, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            (await RunScheduler.HandleAsync(db, id, RunScheduler.RequestBudget, clock, ct)).ToHttp()).WithName("ScheduleBrokerageEvent");
        events.MapPost("/{id:int}/confirm", async (int id, AppDbContext db, CancellationToken ct) =>
            (await RunScheduler.ConfirmAsync(db, id, ct)).ToHttp()).WithName("ConfirmBrokerageSchedule");

        var calls = app.MapGroup("/api/v1/calls").WithTags("Matchmaking");
        calls.MapPost("/", async ([FromBody] CallInput input, AppDbContext db, CancellationToken ct) =>
            (await CallCommands.OpenAsync(db, input, ct)).ToHttp(c => $"/api/v1/calls/{c.Id}")).WithName("OpenCall");
        calls.MapGet("/{id:int}/pairings", async (int id, AppDbContext db, CancellationToken ct) =>
            (await ProposePairings.HandleAsync(db, id, ct)).ToHttp()).WithName("ProposePairings");
        calls.MapPost("/{id:int}/confirm", async (int id, AppDbContext db, CancellationToken ct) =>
            (await ConfirmPairings.HandleAsync(db, id, ct)).ToHttp()).WithName("ConfirmPairings");
        app.MapPost("/api/v1/places/{id:int}/call-applications", async (int id, [FromBody] ApplicationInput input, AppDbContext db, CancellationToken ct) =>
            (await CallCommands.ApplyAsync(db, id, input, ct)).ToHttp()).WithTags("Matchmaking").WithName("ApplyToCall");
    }

    private static Func<int, int, AppDbContext, CancellationToken, Task<IResult>> Answer(MeetingAnswer answer) =>
        async (int id, int request, AppDbContext db, CancellationToken ct) =>
            (await AnswerMeetingRequest.HandleAsync(db, id, request, answer, ct)).ToHttp();

    internal static async Task<IResult> AgendaFileAsync(int id, int eventId, HttpContext http, AppDbContext db, CancellationToken ct)
    {
        var agenda = await GetAgenda.HandleAsync(db, id, eventId, ct);
        if (!agenda.Succeeded) return agenda.ToHttp();
        var text = AgendaCalendar.Write(agenda.Value!, http.Request.Host.Host);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", $"agenda-{eventId}-{id}.ics");
    }
}
