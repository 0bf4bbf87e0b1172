namespace UrbanCoop.Features.Matchmaking.Scheduling;

internal sealed record ScheduleOutput(
    IReadOnlyList<ScheduledMeeting> Meetings,
    IReadOnlyList<UnscheduledRequest> Unscheduled,
    int Objective,
    int UpperBound,
    double Seconds);

internal sealed record ScheduledMeeting(string Request, string Slot, string Table);

internal sealed record UnscheduledRequest(string Request, string Reason);
