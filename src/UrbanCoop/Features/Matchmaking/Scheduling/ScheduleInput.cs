namespace UrbanCoop.Features.Matchmaking.Scheduling;

// The input of the meeting-scheduling contract. Every field is nullable so that a missing one
// becomes a named problem in InputValidation instead of a deserialisation failure.

internal sealed record ScheduleInput(
    string? Event,
    List<SlotInput?>? Slots,
    List<string?>? Tables,
    List<ParticipantInput?>? Participants,
    List<RequestInput?>? Requests,
    List<FixedMeetingInput?>? Fixed);

internal sealed record SlotInput(string? Id, string? Start, string? End);

internal sealed record ParticipantInput(string? Id, string? TimeZone, List<string?>? Hours, List<string?>? Available, int? MaxMeetings);

internal sealed record RequestInput(string? Id, string? A, string? B, int? Priority);

internal sealed record FixedMeetingInput(string? Request, string? Slot, string? Table);
