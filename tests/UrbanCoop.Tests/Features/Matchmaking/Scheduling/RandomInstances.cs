using UrbanCoop.Features.Matchmaking.Scheduling;
using static UrbanCoop.Tests.Features.Matchmaking.Scheduling.Instances;

namespace UrbanCoop.Tests.Features.Matchmaking.Scheduling;

/// <summary>
/// Seeded random instances: participants in three zones with some hours, available lists and
/// meeting limits, skewed popularity, and optionally fixed meetings or a planted schedule that
/// meets every request (so the optimum is the sum of all priorities).
/// </summary>
internal sealed class RandomInstances(int seed)
{
    private static readonly string[] Zones = ["Europe/Madrid", "Asia/Shanghai", "Asia/Kolkata"];
    private static readonly DateTimeOffset DayBeforeSwitch = new(2026, 3, 28, 6, 0, 0, TimeSpan.Zero);
    private readonly Random random = new(seed);

    public ScheduleInput Generate(int people, int requests, int slots, int tables, int fixedMeetings = 0)
    {
        var slotList = TwoDays(slots);
        var persons = Enumerable.Range(1, people).Select(i => RandomPerson($"p{i}", slotList, limit: true)).ToList();
        var allowed = ScheduleRules.AllowedSlots(slotList, persons);
        var pairs = new HashSet<(int, int)>();
        var requestList = new List<RequestInput>();
        for (var tries = 0; requestList.Count < requests && tries < requests * 50; tries++)
        {
            int a = Popular(people), b = random.Next(people);
            if (a == b || !pairs.Add((Math.Min(a, b), Math.Max(a, b)))) continue;
            requestList.Add(new RequestInput($"r{requestList.Count + 1}", persons[a].Id, persons[b].Id, Priority()));
        }
        var input = Input(slotList, Tables(tables), persons, requestList);
        return input with { Fixed = [.. ValidFixedMeetings(input, allowed, fixedMeetings)] };
    }

    /// <summary>Every request is met by a hidden valid schedule; some limits equal the hidden count.</summary>
    public ScheduleInput Planted(int people, int requests, int slots, int tables)
    {
        var slotList = TwoDays(slots);
        var persons = Enumerable.Range(1, people).Select(i => RandomPerson($"p{i}", slotList, limit: false)).ToList();
        var allowed = ScheduleRules.AllowedSlots(slotList, persons);
        var busy = new HashSet<(int, int)>();
        var used = new int[slots];
        var held = new int[people];
        var pairs = new HashSet<(int, int)>();
        var requestList = new List<RequestInput>();
        for (var tries = 0; requestList.Count < requests && tries < requests * 200; tries++)
        {
            int a = Popular(people), b = random.Next(people), s = random.Next(slots);
            if (a == b || used[s] == tables || !allowed[a][s] || !allowed[b][s] || busy.Contains((a, s)) || busy.Contains((b, s))) continue;
            if (!pairs.Add((Math.Min(a, b), Math.Max(a, b)))) continue;
            busy.Add((a, s));
            busy.Add((b, s));
            used[s]++;
            held[a]++;
            held[b]++;
            requestList.Add(new RequestInput($"r{requestList.Count + 1}", persons[a].Id, persons[b].Id, Priority()));
        }
        Assert.Equal(requests, requestList.Count);
        persons = [.. persons.Select((p, i) => random.Next(4) == 0 ? p with { MaxMeetings = held[i] } : p)];
        return Input(slotList, Tables(tables), persons, requestList);
    }

    private List<SlotInput?> TwoDays(int slots)
    {
        // half the slots the day before the EU daylight-saving switch, half the day after
        var first = slots / 2;
        return [.. Slots(first, DayBeforeSwitch), .. Slots(slots - first, DayBeforeSwitch.AddDays(1)).Select((s, i) => (SlotInput?)(s! with { Id = $"s{first + i + 1}" }))];
    }

    private ParticipantInput RandomPerson(string id, List<SlotInput?> slots, bool limit)
    {
        var zone = Zones[random.Next(Zones.Length)];
        string[]? hours = random.Next(2) == 0 ? null : zone switch
        {
            "Asia/Shanghai" => [random.Next(2) == 0 ? "13:00" : "14:30", random.Next(2) == 0 ? "20:00" : "24:00"],
            "Asia/Kolkata" => ["11:00", "19:00"],
            _ => [random.Next(2) == 0 ? "07:00" : "08:30", "18:00"],
        };
        string[]? available = random.Next(4) == 0 ? [.. slots.Where(_ => random.Next(3) > 0).Select(s => s!.Id!)] : null;
        int? maxMeetings = limit && random.Next(4) == 0 ? random.Next(0, 5) : null;
        return Person(id, zone, hours, available, maxMeetings);
    }

    private int Popular(int people) => (int)(people * Math.Pow(random.NextDouble(), 2));

    private int Priority() => random.Next(20) switch { < 9 => 1, < 16 => 2, _ => 3 };

    private IEnumerable<FixedMeetingInput> ValidFixedMeetings(ScheduleInput input, bool[][] allowed, int count)
    {
        var index = input.Participants!.Select((p, i) => (p!.Id!, i)).ToDictionary(x => x.Item1, x => x.i);
        var busy = new HashSet<(int, int)>();
        var meetings = new int[index.Count];
        var tablesUsed = new int[input.Slots!.Count];
        foreach (var request in input.Requests!.OrderBy(_ => random.Next()).Take(count * 4))
        {
            if (count == 0) yield break;
            int a = index[request!.A!], b = index[request.B!];
            if (meetings[a] >= (input.Participants![a]!.MaxMeetings ?? int.MaxValue) || meetings[b] >= (input.Participants[b]!.MaxMeetings ?? int.MaxValue)) continue;
            var slot = Enumerable.Range(0, tablesUsed.Length).FirstOrDefault(s => allowed[a][s] && allowed[b][s]
                && !busy.Contains((a, s)) && !busy.Contains((b, s)) && tablesUsed[s] < input.Tables!.Count, -1);
            if (slot < 0) continue;
            busy.Add((a, slot));
            busy.Add((b, slot));
            meetings[a]++;
            meetings[b]++;
            count--;
            yield return new FixedMeetingInput(request.Id, input.Slots[slot]!.Id, input.Tables![tablesUsed[slot]++]);
        }
    }
}
