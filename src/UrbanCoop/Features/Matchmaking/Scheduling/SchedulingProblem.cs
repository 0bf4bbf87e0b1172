namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <summary>A validated instance with everything numbered by its position in the input.</summary>
internal sealed class SchedulingProblem
{
    public required Slot[] Slots { get; init; }
    public required string[] Tables { get; init; }
    public required Participant[] Participants { get; init; }
    public required Request[] Requests { get; init; }
    public required FixedMeeting[] Fixed { get; init; }

    /// <summary>Slot numbers by start time, then input order: "earliest slot first".</summary>
    public int[] SlotOrder => field ??= Enumerable.Range(0, Slots.Length)
        .OrderBy(s => Slots[s].Start).ThenBy(s => s).ToArray();

    public bool IsAllowed(int participant, int slot) => Participants[participant].Allowed[slot];
}

internal sealed record Slot(string Id, DateTimeOffset Start, DateTimeOffset End);

/// <summary>Local working hours in seconds after local midnight; To may be 86 400 ("24:00").</summary>
internal readonly record struct ClockWindow(int From, int To);

/// <param name="Listed">The "available" list as a mask over slots, or null when not given.</param>
/// <param name="Allowed">Slots the participant can attend: listed and inside the hours.</param>
/// <param name="MaxMeetings">int.MaxValue when unlimited.</param>
internal sealed record Participant(string Id, TimeZoneInfo? Zone, ClockWindow? Hours, bool[]? Listed, bool[] Allowed, int MaxMeetings);

internal sealed record Request(string Id, int A, int B, int Priority);

internal sealed record FixedMeeting(int Request, int Slot, int Table);
