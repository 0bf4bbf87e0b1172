using System.Globalization;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Matchmaking.Scheduling;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using ContractValidation = UrbanCoop.Features.Matchmaking.Scheduling.InputValidation;

namespace UrbanCoop.Features.Matchmaking.Brokerage;

/// <summary>
/// Schedules an event's accepted requests with the same scheduler as `urbancoop schedule`. Confirmed
/// meetings go in as fixed meetings, so they stay where they are; the others may move. An event the
/// scheduler rejects keeps its previous schedule.
/// </summary>
public static class RunScheduler
{
    /// <summary>What a page or API request waits for the scheduler: it stops earlier when it proves its schedule optimal.</summary>
    public static readonly TimeSpan RequestBudget = TimeSpan.FromSeconds(5);

    public sealed record Summary(int EventId, int Scheduled, int Unscheduled, int Objective, int UpperBound, double Seconds);

    public static async Task<Outcome<Summary>> HandleAsync(AppDbContext db, int eventId, TimeSpan limit, TimeProvider clock, CancellationToken ct)
    {
        var brokerage = await db.BrokerageEvents.Include(e => e.Slots).Include(e => e.Participants).ThenInclude(p => p.Organisation)
            .FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (brokerage is null) return Outcome<Summary>.NotFound($"There is no brokerage event {eventId}.");
        var requests = await db.MeetingRequests.Where(r => r.EventId == eventId && r.Status == MeetingRequestStatus.Accepted).ToListAsync(ct);

        var participantKey = brokerage.Participants.ToDictionary(p => p.Id, p => $"{p.Organisation?.Name} (#{p.Id})");
        var input = new ScheduleInput(brokerage.Name,
            [.. brokerage.Slots.Select(s => new SlotInput(SlotKey(s.Id), Iso(s.StartsAt), Iso(s.EndsAt)))],
            [.. brokerage.Tables],
            [.. brokerage.Participants.Select(p => new ParticipantInput(participantKey[p.Id], p.TimeZone,
                p.HoursFrom is null ? null : [p.HoursFrom, p.HoursTo], p.AvailableSlots.Count == 0 ? null : [.. p.AvailableSlots.Select(SlotKey)],
                p.MaxMeetings))],
            [.. requests.Select(r => new RequestInput(RequestKey(r.Id), participantKey.GetValueOrDefault(r.FromId), participantKey.GetValueOrDefault(r.ToId), r.Priority))],
            [.. requests.Where(r => r.Confirmed && r.SlotId is not null).Select(r => new FixedMeetingInput(RequestKey(r.Id), SlotKey(r.SlotId!.Value), r.Table))]);
        var problems = new List<string>();
        var problem = ContractValidation.Validate(input, problems);
        if (problem is null) return Outcome<Summary>.Invalid(new Dictionary<string, string[]> { ["Schedule"] = [.. problems] });

        var output = MeetingScheduler.Solve(problem, new SchedulerOptions(limit));
        var placed = output.Meetings.ToDictionary(m => m.Request);
        var reasons = output.Unscheduled.ToDictionary(u => u.Request, u => u.Reason);
        foreach (var r in requests)
        {
            if (placed.TryGetValue(RequestKey(r.Id), out var meeting))
                (r.SlotId, r.Table, r.UnscheduledReason) = (int.Parse(meeting.Slot[1..], CultureInfo.InvariantCulture), meeting.Table, null);
            else (r.SlotId, r.Table, r.Confirmed, r.UnscheduledReason) = (null, null, false, reasons.GetValueOrDefault(RequestKey(r.Id)));
        }
        (brokerage.ScheduledAt, brokerage.Objective, brokerage.UpperBound) = (clock.GetUtcNow().UtcDateTime, output.Objective, output.UpperBound);
        await db.SaveChangesAsync(ct);
        return Outcome<Summary>.Ok(new(eventId, output.Meetings.Count, output.Unscheduled.Count, output.Objective, output.UpperBound, output.Seconds));
    }

    /// <summary>Confirms every scheduled meeting of the event: the next run keeps them where they are.</summary>
    public static async Task<Outcome<Summary>> ConfirmAsync(AppDbContext db, int eventId, CancellationToken ct)
    {
        var brokerage = await db.BrokerageEvents.FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (brokerage is null) return Outcome<Summary>.NotFound($"There is no brokerage event {eventId}.");
        var requests = await db.MeetingRequests.Where(r => r.EventId == eventId && r.Status == MeetingRequestStatus.Accepted).ToListAsync(ct);
        foreach (var r in requests.Where(r => r.SlotId is not null)) r.Confirmed = true;
        await db.SaveChangesAsync(ct);
        return Outcome<Summary>.Ok(new(eventId, requests.Count(r => r.Confirmed), requests.Count(r => r.SlotId is null),
            brokerage.Objective ?? 0, brokerage.UpperBound ?? 0, 0));
    }

    private static string SlotKey(int id) => "s" + id.ToString(CultureInfo.InvariantCulture);
    private static string RequestKey(int id) => "r" + id.ToString(CultureInfo.InvariantCulture);
    private static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
