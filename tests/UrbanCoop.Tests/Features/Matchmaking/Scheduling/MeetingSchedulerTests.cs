using UrbanCoop.Features.Matchmaking.Scheduling;
using static UrbanCoop.Tests.Features.Matchmaking.Scheduling.Instances;

namespace UrbanCoop.Tests.Features.Matchmaking.Scheduling;

public sealed class MeetingSchedulerTests
{
    private static ScheduleOutput SolveValid(ScheduleInput input, double seconds = 0.5)
    {
        var output = Solve(input, seconds);
        Assert.Empty(ScheduleRules.Violations(input, output));
        return output;
    }

    [Fact]
    public void A_participant_never_exceeds_maxMeetings_and_the_heavier_requests_win()
    {
        var output = SolveValid(Input(Slots(4), Tables(4), [Person("hub", maxMeetings: 2), Person("a"), Person("b"), Person("c")],
            [new("r1", "hub", "a", 1), new("r2", "hub", "b", 3), new("r3", "hub", "c", 3)]));
        Assert.Equal(["r2", "r3"], output.Meetings.Select(m => m.Request).Order());
        Assert.Equal("hub's meeting limit is reached (2 meetings)", Assert.Single(output.Unscheduled).Reason);
        Assert.Equal(6, output.UpperBound);
    }

    [Fact]
    public void No_table_hosts_two_meetings_in_one_slot()
    {
        var output = SolveValid(Input(Slots(1), Tables(2), [Person("a"), Person("b"), Person("c"), Person("d"), Person("e"), Person("f")],
            [new("r1", "a", "b", 1), new("r2", "c", "d", 2), new("r3", "e", "f", 3)]));
        Assert.Equal(["T1", "T2"], output.Meetings.Select(m => m.Table).Order());
        Assert.Equal(new UnscheduledRequest("r1", "no free table left in the slots when both are free"), Assert.Single(output.Unscheduled));
        Assert.Equal(5, output.Objective);
    }

    [Fact]
    public void Meetings_use_only_slots_both_can_attend_across_time_zones()
    {
        // 07:00Z-08:00Z: 08:00-09:00 in Madrid, 15:00-16:00 in Shanghai
        var output = SolveValid(Input(Slots(3), Tables(1),
            [Person("madrid", "Europe/Madrid", ["08:20", "18:00"]), Person("liuzhou", "Asia/Shanghai", ["09:00", "15:40"]), Person("x", available: ["s1"])],
            [new("r1", "madrid", "liuzhou", 2), new("r2", "madrid", "x", 3)]));
        Assert.Equal(new ScheduledMeeting("r1", "s2", "T1"), Assert.Single(output.Meetings));
        Assert.Equal(new UnscheduledRequest("r2", "no slot when both are available"), Assert.Single(output.Unscheduled));
    }

    [Fact]
    public void Fixed_meetings_are_kept_exactly_as_given()
    {
        // r1 takes a and b out of s2, so r2 and r3 (both with c) compete for s1
        var input = Input(Slots(2), Tables(3), [Person("a"), Person("b"), Person("c")],
            [new("r1", "a", "b", 1), new("r2", "a", "c", 3), new("r3", "b", "c", 3)],
            [new("r1", "s2", "T3")]);
        var output = SolveValid(input);
        Assert.Contains(new ScheduledMeeting("r1", "s2", "T3"), output.Meetings);
        Assert.Equal(4, output.Objective);
        Assert.Equal(4, output.UpperBound);
    }

    [Fact]
    public void Unscheduled_requests_say_which_rule_stopped_them()
    {
        var output = SolveValid(Input(Slots(1), Tables(5), [Person("a"), Person("b"), Person("c"), Person("d", maxMeetings: 0)],
            [new("r1", "a", "b", 3), new("r2", "a", "c", 1), new("r3", "c", "d", 1)]));
        Assert.Equal(
            [new("r2", "in every slot when both are available, a or c already has another meeting"), new("r3", "d takes no meetings (maxMeetings 0)")],
            output.Unscheduled);
    }

    [Theory]
    [InlineData(1, 40, 120, 8, 6, 0), InlineData(2, 60, 300, 12, 8, 0), InlineData(3, 80, 400, 16, 10, 12), InlineData(4, 30, 200, 10, 4, 5)]
    [InlineData(5, 120, 700, 24, 12, 20), InlineData(6, 50, 250, 6, 20, 0), InlineData(7, 200, 900, 20, 18, 30)]
    public void Random_instances_get_valid_schedules_at_least_as_good_as_the_greedy_baseline(int seed, int people, int requests, int slots, int tables, int fixedMeetings)
    {
        var input = new RandomInstances(seed).Generate(people, requests, slots, tables, fixedMeetings);
        Assert.Equal(fixedMeetings, input.Fixed!.Count);
        var output = SolveValid(input, 0.4);
        var greedy = ScheduleRules.GreedyObjective(input);
        Assert.True(output.Objective >= greedy, $"objective {output.Objective} below greedy {greedy}");
        Assert.True(output.UpperBound >= output.Objective);
    }

    [Theory]
    [InlineData(11, 30, 60, 6, 11), InlineData(12, 80, 180, 12, 16)]
    public void A_planted_instance_is_solved_to_its_optimum_and_proved_optimal(int seed, int people, int requests, int slots, int tables)
    {
        var input = new RandomInstances(seed).Planted(people, requests, slots, tables);
        var output = SolveValid(input, 3);
        var optimum = input.Requests!.Sum(r => r!.Priority!.Value);
        Assert.Equal(optimum, output.Objective);
        Assert.Equal(optimum, output.UpperBound);
        Assert.Empty(output.Unscheduled);
    }

    [Fact]
    public void The_upper_bound_holds_and_the_optimum_is_found_on_instances_small_enough_to_enumerate()
    {
        for (var seed = 20; seed < 120; seed++)
        {
            var input = new RandomInstances(seed).Generate(people: 6 + seed % 3, requests: 9, slots: 3, tables: 1 + seed % 3, fixedMeetings: seed % 2);
            var output = SolveValid(input, 1.0);
            var best = BruteForce.BestObjective(input);
            Assert.True(output.UpperBound >= best, $"seed {seed}: bound {output.UpperBound} below the optimum {best}");
            Assert.True(best == output.Objective, $"seed {seed}: objective {output.Objective}, optimum {best}");
        }
    }

    [Fact]
    public void An_instance_without_requests_gets_an_empty_schedule()
    {
        var output = SolveValid(Input(Slots(1), Tables(1), [Person("a")], []));
        Assert.Empty(output.Meetings);
        Assert.Equal(0, output.UpperBound);
    }
}
