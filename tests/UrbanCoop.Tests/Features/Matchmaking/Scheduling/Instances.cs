using UrbanCoop.Features.Matchmaking.Scheduling;

namespace UrbanCoop.Tests.Features.Matchmaking.Scheduling;

/// <summary>Small hand-made pieces of instances, and a validated problem from them.</summary>
internal static class Instances
{
    public static readonly DateTimeOffset Day = new(2026, 3, 10, 7, 0, 0, TimeSpan.Zero);

    /// <summary>Consecutive 20-minute slots s1, s2, … from a UTC start.</summary>
    public static List<SlotInput?> Slots(int count, DateTimeOffset? from = null) =>
        [.. Enumerable.Range(0, count).Select(i => (SlotInput?)Slot($"s{i + 1}", (from ?? Day).AddMinutes(20 * i)))];

    public static SlotInput Slot(string id, DateTimeOffset start, int minutes = 20) =>
        new(id, start.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            start.AddMinutes(minutes).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));

    public static List<string?> Tables(int count) => [.. Enumerable.Range(1, count).Select(i => (string?)$"T{i}")];

    public static ParticipantInput Person(string id, string zone = "UTC", string[]? hours = null, string[]? available = null, int? maxMeetings = null) =>
        new(id, zone, hours?.Select(h => (string?)h).ToList(), available?.Select(a => (string?)a).ToList(), maxMeetings);

    public static ScheduleInput Input(List<SlotInput?> slots, List<string?> tables, IEnumerable<ParticipantInput> people,
        IEnumerable<RequestInput> requests, IEnumerable<FixedMeetingInput>? fixedMeetings = null) =>
        new("test event", slots, tables, [.. people], [.. requests], [.. fixedMeetings ?? []]);

    public static SchedulingProblem Validated(ScheduleInput input)
    {
        var problems = new List<string>();
        var problem = InputValidation.Validate(input, problems);
        Assert.True(problem is not null, string.Join("\n", problems));
        return problem;
    }

    public static ScheduleOutput Solve(ScheduleInput input, double seconds = 0.5) =>
        MeetingScheduler.Solve(Validated(input), new SchedulerOptions(TimeSpan.FromSeconds(seconds)));

    public static List<string> Problems(ScheduleInput input)
    {
        var problems = new List<string>();
        Assert.Null(InputValidation.Validate(input, problems));
        return problems;
    }
}
