using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Matchmaking.Brokerage;

/// <summary>The organiser's view of an event: slot × table grid, unscheduled and pending requests, participants.</summary>
public static class GetEventGrid
{
    public sealed record Grid(int Id, string Name, int? ActivityId, string TimeZone, bool Online, IReadOnlyList<string> Tables,
        IReadOnlyList<Slot> Slots, IReadOnlyList<Participant> Participants, IReadOnlyList<MeetingRequestView> Requests,
        DateTime? ScheduledAt, int? Objective, int? UpperBound, int Version);

    public sealed record Slot(int Id, DateTime StartsAt, DateTime EndsAt, DateTime LocalStart, DateTime LocalEnd);
    public sealed record Participant(int Id, int OrganisationId, string Name, string TimeZone, string? HoursFrom, string? HoursTo, int? MaxMeetings);

    public static async Task<Outcome<Grid>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var e = await db.BrokerageEvents.AsNoTracking().Include(x => x.Slots).Include(x => x.Participants).ThenInclude(p => p.Organisation)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return Outcome<Grid>.NotFound($"There is no brokerage event {id}.");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(e.TimeZone);
        var requests = (await MeetingRequestViews.ListAsync(db, r => r.EventId == id, ct)).OrderBy(r => r.RequestId).ToList();
        return Outcome<Grid>.Ok(new Grid(e.Id, e.Name, e.ActivityId, e.TimeZone, e.Online, e.Tables,
            [.. e.Slots.OrderBy(s => s.StartsAt).Select(s => new Slot(s.Id, Utc(s.StartsAt), Utc(s.EndsAt),
                TimeZoneInfo.ConvertTimeFromUtc(Utc(s.StartsAt), zone), TimeZoneInfo.ConvertTimeFromUtc(Utc(s.EndsAt), zone)))],
            [.. e.Participants.OrderBy(p => p.Organisation!.Name).Select(p => new Participant(p.Id, p.OrganisationId, p.Organisation!.Name,
                p.TimeZone, p.HoursFrom, p.HoursTo, p.MaxMeetings))],
            requests, e.ScheduledAt, e.Objective, e.UpperBound, e.Version));
    }

    /// <summary>The events, soonest first, for lists and the "request a meeting" form.</summary>
    public static async Task<IReadOnlyList<(int Id, string Name, DateTime? StartsAt)>> ListAsync(AppDbContext db, CancellationToken ct) =>
        [.. (await db.BrokerageEvents.AsNoTracking()
            .Select(x => new { x.Id, x.Name, StartsAt = x.Slots.Min(s => (DateTime?)s.StartsAt) }).ToListAsync(ct))
            .OrderBy(x => x.StartsAt).Select(x => (x.Id, x.Name, x.StartsAt))];

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);
}
