using UrbanCoop.Features.Matchmaking.Scheduling;
using static UrbanCoop.Tests.Features.Matchmaking.Scheduling.Instances;

namespace UrbanCoop.Tests.Features.Matchmaking.Scheduling;

public sealed class AvailabilityTests
{
    private static bool[] AllowedFor(ParticipantInput person, params SlotInput[] slots) =>
        Validated(Input([.. slots], Tables(1), [person], [])).Participants[0].Allowed;

    [Fact]
    public void Hours_are_read_in_the_participants_own_time_zone()
    {
        var slot = Slot("s1", new DateTimeOffset(2026, 3, 10, 1, 0, 0, TimeSpan.Zero));   // 09:00 in Shanghai, 02:00 in Madrid
        Assert.True(AllowedFor(Person("liuzhou", "Asia/Shanghai", ["09:00", "18:00"]), slot)[0]);
        Assert.False(AllowedFor(Person("madrid", "Europe/Madrid", ["09:00", "18:00"]), slot)[0]);
    }

    [Fact]
    public void A_slot_must_lie_wholly_inside_the_hours()
    {
        var slots = new[]
        {
            Slot("early", new DateTimeOffset(2026, 3, 10, 7, 50, 0, TimeSpan.Zero)),   // 08:50-09:10 in Madrid
            Slot("first", new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero)),    // 09:00-09:20
            Slot("last", new DateTimeOffset(2026, 3, 10, 16, 40, 0, TimeSpan.Zero)),   // 17:40-18:00
            Slot("late", new DateTimeOffset(2026, 3, 10, 16, 50, 0, TimeSpan.Zero)),   // 17:50-18:10
        };
        Assert.Equal([false, true, true, false], AllowedFor(Person("p", "Europe/Madrid", ["09:00", "18:00"]), slots));
    }

    [Fact]
    public void The_daylight_saving_switch_moves_the_local_hours()
    {
        // Europe/Madrid leaves UTC+1 for UTC+2 on 29 March 2026: 07:30Z is 08:30 the day before and 09:30 after
        var before = Slot("before", new DateTimeOffset(2026, 3, 28, 7, 30, 0, TimeSpan.Zero));
        var after = Slot("after", new DateTimeOffset(2026, 3, 29, 7, 30, 0, TimeSpan.Zero));
        Assert.Equal([false, true], AllowedFor(Person("p", "Europe/Madrid", ["09:00", "18:00"]), before, after));
    }

    [Fact]
    public void A_window_ending_at_24_00_admits_a_slot_ending_at_local_midnight_but_not_one_crossing_it()
    {
        var endsAtMidnight = Slot("a", new DateTimeOffset(2026, 3, 10, 15, 40, 0, TimeSpan.Zero));   // 23:40-00:00 in Shanghai
        var crossesMidnight = Slot("b", new DateTimeOffset(2026, 3, 10, 15, 50, 0, TimeSpan.Zero));  // 23:50-00:10
        Assert.Equal([true, false], AllowedFor(Person("p", "Asia/Shanghai", ["20:00", "24:00"]), endsAtMidnight, crossesMidnight));
        Assert.Equal([false, false], AllowedFor(Person("p", "Asia/Shanghai", ["20:00", "23:59"]), endsAtMidnight, crossesMidnight));
    }

    [Fact]
    public void The_available_list_and_the_hours_apply_together()
    {
        var slots = Slots(4, new DateTimeOffset(2026, 3, 10, 8, 20, 0, TimeSpan.Zero)).Select(s => s!).ToArray();  // 09:20.. in Madrid
        var person = Person("p", "Europe/Madrid", ["09:00", "10:00"], available: ["s1", "s3", "s4"]);
        Assert.Equal([true, false, false, false], AllowedFor(person, slots));
    }

    [Fact]
    public void No_hours_and_no_list_allow_every_slot()
    {
        Assert.All(AllowedFor(Person("p", "Asia/Kolkata"), [.. Slots(3).Select(s => s!)]), Assert.True);
    }

    [Theory]
    [InlineData("00:00", 0), InlineData("9:30", 34200), InlineData("18:00", 64800), InlineData("24:00", 86400), InlineData("08:30:15", 30615)]
    public void Clock_times_are_read_as_seconds_after_midnight(string text, int seconds)
    {
        Assert.True(Availability.TryParseClock(text, out var read));
        Assert.Equal(seconds, read);
    }

    [Theory]
    [InlineData("24:01"), InlineData("09:60"), InlineData("0930"), InlineData("9"), InlineData("noon"), InlineData(""), InlineData("-1:00"), InlineData("09:3")]
    public void Malformed_clock_times_are_refused(string text) => Assert.False(Availability.TryParseClock(text, out _));

    [Theory]
    [InlineData("Europe/Madrid", true), InlineData("UTC", true), InlineData("Nowhere/City", false), InlineData("europe/madrid", false), InlineData("W. Europe Standard Time", false)]
    public void Only_exact_IANA_zone_ids_are_known(string id, bool known) => Assert.Equal(known, Availability.TryFindZone(id, out _));
}
