using UrbanCoop.Features.Matchmaking.Scheduling;
using static UrbanCoop.Tests.Features.Matchmaking.Scheduling.Instances;

namespace UrbanCoop.Tests.Features.Matchmaking.Scheduling;

public sealed class InputValidationTests
{
    private static void AssertNamed(List<string> problems, params string[] fragments)
    {
        foreach (var fragment in fragments)
            Assert.True(problems.Any(p => p.Contains(fragment, StringComparison.Ordinal)),
                $"no problem mentions '{fragment}':\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void An_event_without_slots_or_tables_and_a_broken_participant_and_request_are_all_reported()
    {
        var problems = Problems(Input([], [], [Person("a", "Nowhere/City")], [new("r1", "a", "a", 2)]));
        AssertNamed(problems, "no slots", "no tables", "Nowhere/City", "r1");
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void Unknown_and_duplicate_ids_are_named()
    {
        var slots = Slots(2);
        slots.Add(Slot("s1", Day.AddHours(3)));
        var tables = Tables(2);
        tables.Add("T2");
        var problems = Problems(Input(slots, tables,
            [Person("p1", available: ["s1", "s9"]), Person("p2"), Person("p1")],
            [new("r1", "p1", "p2", 1), new("r1", "p2", "p1", 1), new("r2", "p1", "ghost", 1), new("r3", "p2", "p1", 2)],
            [new("r404", "s1", "T1"), new("r1", "s7", "T1"), new("r1", "s1", "T8")]));
        AssertNamed(problems, "duplicate slot id s1", "duplicate table id T2", "duplicate participant id p1", "duplicate request id r1",
            "unknown slot s9", "ghost", "r404", "s7", "T8", "requests r1 and r3 are both for the pair p2 and p1");
    }

    [Fact]
    public void Bad_hours_priorities_limits_and_slot_times_are_named()
    {
        var slots = Slots(1);
        slots.Add(new SlotInput("s2", "2026-03-10T09:00:00", "2026-03-10T09:20:00Z"));
        slots.Add(new SlotInput("s3", "2026-03-10T09:20:00Z", "2026-03-10T09:00:00Z"));
        var problems = Problems(Input(slots, Tables(1),
            [
                Person("p1", "Europe/Rome", ["18:00", "09:00"]),
                Person("p2", "Europe/Rome", ["9am", "5pm"]),
                Person("p3", "Europe/Rome", ["09:00"]),
                Person("p4", maxMeetings: -1),
                new ParticipantInput("p5", null, ["09:00", "17:00"], null, null),
            ],
            [new("r1", "p1", "p2", 0), new("r2", "p1", "p3", 4), new("r3", "p2", "p3", null)]));
        AssertNamed(problems, "slot s2: start", "slot s3: end is not after start", "p1: hours start 18:00", "p2: hours [9am, 5pm]",
            "p3: hours must be two", "p4: maxMeetings -1", "p5: has hours but no timeZone",
            "request r1: priority 0", "request r2: priority 4", "request r3: priority (missing)");
    }

    [Fact]
    public void Fixed_meetings_that_break_a_rule_are_named()
    {
        var problems = Problems(Input(Slots(3), Tables(2),
            [
                Person("p1", maxMeetings: 1),
                Person("p2"),
                Person("p3", available: ["s2"]),
                Person("p4"),
                Person("p5", "Asia/Shanghai", ["09:00", "12:00"]),   // 07:00Z is 15:00 in Shanghai
            ],
            [new("r1", "p1", "p2", 1), new("r2", "p1", "p4", 1), new("r3", "p2", "p3", 1), new("r4", "p3", "p4", 2), new("r5", "p4", "p5", 3), new("r6", "p2", "p4", 3)],
            [
                new("r1", "s1", "T1"),
                new("r2", "s2", "T1"),   // p1 has maxMeetings 1
                new("r3", "s1", "T2"),   // p2 twice in s1; p3 only in s2
                new("r4", "s2", "T1"),   // T1 twice in s2
                new("r5", "s3", "T1"),   // outside p5's hours
                new("r6", "s3", "T2"),
                new("r6", "s3", "T2"),   // fixed twice
            ]));
        AssertNamed(problems, "p1 has 2 fixed meetings, more than its maxMeetings 1", "fixed meetings r1 and r3 both put p2 in slot s1",
            "fixed meeting r3 in slot s1: p3 is not available in slot s1", "fixed meetings r2 and r4 both use table T1 in slot s2",
            "fixed meeting r5 in slot s3: slot s3 is 2026-03-10 15:40-16:00 in p5's time zone Asia/Shanghai, outside its hours 09:00-12:00",
            "request r6 is fixed more than once", "fixed meetings r5 and r6 both put p4 in slot s3");
    }

    [Fact]
    public void A_valid_instance_has_no_problems()
    {
        var problems = new List<string>();
        var problem = InputValidation.Validate(Input(Slots(2), Tables(1), [Person("p1"), Person("p2")], [new("r1", "p1", "p2", 3)], [new("r1", "s2", "T1")]), problems);
        Assert.Empty(problems);
        Assert.NotNull(problem);
        Assert.Equal(new FixedMeeting(0, 1, 0), Assert.Single(problem.Fixed));
    }
}
