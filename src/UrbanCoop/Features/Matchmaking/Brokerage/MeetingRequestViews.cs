using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Matchmaking.Brokerage;

/// <summary>Meeting requests as the API and pages show them: both sides by name, the slot's times when scheduled.</summary>
public static class MeetingRequestViews
{
    // Filters go before the projection: EF cannot translate a filter on a record built by its constructor.
    public static Task<List<MeetingRequestView>> ListAsync(AppDbContext db, Expression<Func<MeetingRequest, bool>> filter, CancellationToken ct) =>
        db.MeetingRequests.AsNoTracking().Where(filter).OrderByDescending(r => r.Id).Take(2000)
            .Select(r => new MeetingRequestView(r.Id, r.EventId, r.From!.OrganisationId, r.From.Organisation!.Name, r.To!.OrganisationId,
                r.To.Organisation!.Name, r.Priority, r.Status, r.Note, r.SlotId, r.Slot == null ? null : r.Slot.StartsAt,
                r.Slot == null ? null : r.Slot.EndsAt, r.Table, r.Confirmed, r.UnscheduledReason))
            .ToListAsync(ct);

    public static async Task<MeetingRequestView?> OneAsync(AppDbContext db, int id, CancellationToken ct) =>
        (await ListAsync(db, r => r.Id == id, ct)).SingleOrDefault();

    /// <summary>Every request an organisation sent or received, newest first.</summary>
    public static Task<List<MeetingRequestView>> OfOrganisationAsync(AppDbContext db, int organisationId, CancellationToken ct) =>
        ListAsync(db, r => r.From!.OrganisationId == organisationId || r.To!.OrganisationId == organisationId, ct);
}
