using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Matchmaking.Brokerage;

public enum MeetingAnswer { Accept, Decline, Cancel }

/// <summary>
/// The side that was asked accepts or declines a pending request; either side cancels a request or its
/// meeting, which frees the slot and leaves every other meeting where it is.
/// </summary>
public static class AnswerMeetingRequest
{
    public static async Task<Outcome<MeetingRequestView>> HandleAsync(AppDbContext db, int organisationId, int requestId, MeetingAnswer answer, CancellationToken ct)
    {
        var request = await db.MeetingRequests.Include(r => r.From).Include(r => r.To).FirstOrDefaultAsync(r => r.Id == requestId, ct);
        var asked = request?.To!.OrganisationId == organisationId;
        if (request is null || !(asked || request.From!.OrganisationId == organisationId))
            return Outcome<MeetingRequestView>.NotFound($"Organisation {organisationId} has no meeting request {requestId}.");

        switch (answer)
        {
            case MeetingAnswer.Accept or MeetingAnswer.Decline when !asked:
                return Outcome<MeetingRequestView>.Conflict("Only the organisation that was asked can accept or decline this request.");
            case MeetingAnswer.Accept or MeetingAnswer.Decline when request.Status != MeetingRequestStatus.Pending:
                return Outcome<MeetingRequestView>.Conflict($"This request is already {request.Status.ToString().ToLowerInvariant()}.");
            case MeetingAnswer.Cancel when request.Status is MeetingRequestStatus.Declined or MeetingRequestStatus.Cancelled:
                return Outcome<MeetingRequestView>.Conflict($"This request is already {request.Status.ToString().ToLowerInvariant()}.");
        }
        request.Status = answer switch
        {
            MeetingAnswer.Accept => MeetingRequestStatus.Accepted,
            MeetingAnswer.Decline => MeetingRequestStatus.Declined,
            _ => MeetingRequestStatus.Cancelled,
        };
        if (request.Status != MeetingRequestStatus.Accepted)
            (request.SlotId, request.Table, request.Confirmed, request.UnscheduledReason) = (null, null, false, null);
        await db.SaveChangesAsync(ct);
        return Outcome<MeetingRequestView>.Ok((await MeetingRequestViews.OneAsync(db, request.Id, ct))!);
    }
}
