using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Matchmaking.Brokerage;

/// <summary>One organisation's meetings at an event, in its own time zone.</summary>
public static class GetAgenda
{
    public sealed record Agenda(int EventId, string EventName, bool Online, int OrganisationId, string OrganisationName, string TimeZone,
        IReadOnlyList<Meeting> Meetings);

    public sealed record Meeting(int RequestId, string With, int WithOrganisationId, DateTime StartsAt, DateTime EndsAt,
        DateTime LocalStart, DateTime LocalEnd, string? Table, bool Confirmed);

    public static async Task<Outcome<Agenda>> HandleAsync(AppDbContext db, int organisationId, int eventId, CancellationToken ct)
    {
        var participant = await db.BrokerageParticipants.AsNoTracking().Include(p => p.Organisation)
            .FirstOrDefaultAsync(p => p.EventId == eventId && p.OrganisationId == organisationId, ct);
        var brokerage = await db.BrokerageEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (participant is null || brokerage is null)
            return Outcome<Agenda>.NotFound($"Organisation {organisationId} is not registered for brokerage event {eventId}.");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(participant.TimeZone);
        var meetings = await MeetingRequestViews.ListAsync(db, r => r.EventId == eventId && r.Status == MeetingRequestStatus.Accepted
            && r.SlotId != null && (r.From!.OrganisationId == organisationId || r.To!.OrganisationId == organisationId), ct);
        return Outcome<Agenda>.Ok(new Agenda(eventId, brokerage.Name, brokerage.Online, organisationId, participant.Organisation!.Name,
            participant.TimeZone,
            [.. meetings.OrderBy(m => m.StartsAt).Select(m =>
            {
                var (start, end) = (Utc(m.StartsAt!.Value), Utc(m.EndsAt!.Value));
                var other = m.FromOrganisationId == organisationId ? (m.ToName, m.ToOrganisationId) : (m.FromName, m.FromOrganisationId);
                return new Meeting(m.RequestId, other.Item1, other.Item2, start, end,
                    TimeZoneInfo.ConvertTimeFromUtc(start, zone), TimeZoneInfo.ConvertTimeFromUtc(end, zone), m.Table, m.Confirmed);
            })]));
    }

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);
}
