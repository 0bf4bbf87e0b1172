using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Matchmaking.Brokerage;

public sealed class MeetingRequestInput
{
    public int EventId { get; set; }
    public int WithOrganisationId { get; set; }
    [Range(1, 3)] public int Priority { get; set; } = 2;
    [StringLength(1000)] public string? Note { get; set; }
}

// No "Id": under /organisations/{id} the write filter reads a response's Id as the organisation's.
public sealed record MeetingRequestView(
    int RequestId, int EventId, int FromOrganisationId, string FromName, int ToOrganisationId, string ToName, int Priority,
    MeetingRequestStatus Status, string? Note, int? SlotId, DateTime? StartsAt, DateTime? EndsAt, string? Table, bool Confirmed,
    string? UnscheduledReason);

/// <summary>An organisation asks another for a 1:1 meeting at an event; both are registered if they were not.</summary>
public static class RequestMeeting
{
    public static async Task<Outcome<MeetingRequestView>> HandleAsync(AppDbContext db, int organisationId, MeetingRequestInput input, CancellationToken ct)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
            return Outcome<MeetingRequestView>.NotFound($"There is no organisation {organisationId}.");
        var errors = InputValidation.Check(input);
        var brokerage = await db.BrokerageEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == input.EventId, ct);
        if (brokerage is null) errors.Add(nameof(input.EventId), $"There is no brokerage event {input.EventId}.");
        if (input.WithOrganisationId == organisationId)
            errors.Add(nameof(input.WithOrganisationId), "An organisation cannot request a meeting with itself.");
        else if (!await db.Organisations.AnyAsync(o => o.Id == input.WithOrganisationId, ct))
            errors.Add(nameof(input.WithOrganisationId), $"There is no organisation {input.WithOrganisationId}.");
        if (errors.Any || brokerage is null) return Outcome<MeetingRequestView>.Invalid(errors.ToDictionary());

        var open = await db.MeetingRequests.AnyAsync(r => r.EventId == brokerage.Id
            && (r.Status == MeetingRequestStatus.Pending || r.Status == MeetingRequestStatus.Accepted)
            && ((r.From!.OrganisationId == organisationId && r.To!.OrganisationId == input.WithOrganisationId)
                || (r.From!.OrganisationId == input.WithOrganisationId && r.To!.OrganisationId == organisationId)), ct);
        if (open) return Outcome<MeetingRequestView>.Conflict("These two organisations already have an open meeting request at this event.");

        var from = await Register.RegisterAsync(db, brokerage.Id, organisationId, brokerage.TimeZone, ct);
        var to = await Register.RegisterAsync(db, brokerage.Id, input.WithOrganisationId, brokerage.TimeZone, ct);
        var request = new MeetingRequest
        {
            EventId = brokerage.Id, From = from, To = to, Priority = input.Priority, Status = MeetingRequestStatus.Pending,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
        };
        db.MeetingRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return Outcome<MeetingRequestView>.Created((await MeetingRequestViews.OneAsync(db, request.Id, ct))!);
    }
}
