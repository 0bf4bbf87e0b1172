using UrbanCoop.Features.Matchmaking.Scheduling;

namespace UrbanCoop.Tests.Features.Matchmaking.Scheduling;

/// <summary>
/// The contract's validity rules, written again independently of the scheduler, and the
/// first-come-first-served baseline every schedule must at least match.
/// </summary>
internal static class ScheduleRules
{
    public static bool[][] AllowedSlots(List<SlotInput?> slots, IEnumerable<ParticipantInput> people) =>
        [.. people.Select(p => slots.Select(s => IsAllowed(p, s!)).ToArray())];

    private static bool IsAllowed(ParticipantInput person, SlotInput slot)
    {
        if (person.Available is { } available && !available.Contains(slot.Id)) return false;
        if (person.Hours is not { } hours) return true;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(person.TimeZone!);
        var start = TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(slot.Start!, System.Globalization.CultureInfo.InvariantCulture), zone).DateTime;
        var end = TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(slot.End!, System.Globalization.CultureInfo.InvariantCulture), zone).DateTime;
        return start >= start.Date + Clock(hours[0]!) && end <= start.Date + Clock(hours[1]!);
    }

    private static TimeSpan Clock(string text) => text == "24:00" ? TimeSpan.FromDays(1) : TimeSpan.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public static List<string> Violations(ScheduleInput input, ScheduleOutput output)
    {
        var violations = new List<string>();
        var people = input.Participants!.Select(p => p!).ToList();
        var allowed = AllowedSlots(input.Slots!, people);
        var person = people.Select((p, i) => (p.Id!, i)).ToDictionary(x => x.Item1, x => x.i);
        var slot = input.Slots!.Select((s, i) => (s!.Id!, i)).ToDictionary(x => x.Item1, x => x.i);
        var requests = input.Requests!.ToDictionary(r => r!.Id!, r => r!);
        var personBusy = new HashSet<(int, int)>();
        var tableBusy = new HashSet<(string, string)>();
        var meetings = new int[people.Count];
        foreach (var m in output.Meetings)
        {
            var request = requests[m.Request];
            if (!input.Tables!.Contains(m.Table)) violations.Add($"{m.Request}: unknown table {m.Table}");
            if (!tableBusy.Add((m.Slot, m.Table))) violations.Add($"{m.Request}: table {m.Table} taken twice in {m.Slot}");
            foreach (var p in new[] { person[request.A!], person[request.B!] })
            {
                if (!allowed[p][slot[m.Slot]]) violations.Add($"{m.Request}: {people[p].Id} cannot attend {m.Slot}");
                if (!personBusy.Add((p, slot[m.Slot]))) violations.Add($"{m.Request}: {people[p].Id} twice in {m.Slot}");
                if (++meetings[p] == people[p].MaxMeetings + 1) violations.Add($"{people[p].Id} exceeds maxMeetings");
            }
        }
        var listed = output.Meetings.Select(m => m.Request).Concat(output.Unscheduled.Select(u => u.Request)).ToList();
        if (listed.Count != requests.Count || listed.Distinct().Count() != requests.Count) violations.Add("not every request appears exactly once");
        if (output.Unscheduled.Any(u => string.IsNullOrWhiteSpace(u.Reason))) violations.Add("an unscheduled request has no reason");
        foreach (var f in input.Fixed ?? [])
            if (!output.Meetings.Contains(new ScheduledMeeting(f!.Request!, f.Slot!, f.Table!))) violations.Add($"fixed {f.Request} not kept");
        if (output.Objective != output.Meetings.Sum(m => requests[m.Request].Priority!.Value)) violations.Add("objective is not the sum of priorities");
        if (output.UpperBound < output.Objective) violations.Add("upperBound below objective");
        return violations;
    }

    /// <summary>Fixed meetings first; then by priority and id, the earliest slot that fits, if the limits allow.</summary>
    public static int GreedyObjective(ScheduleInput input)
    {
        var people = input.Participants!.Select(p => p!).ToList();
        var allowed = AllowedSlots(input.Slots!, people);
        var person = people.Select((p, i) => (p.Id!, i)).ToDictionary(x => x.Item1, x => x.i);
        var slotIndex = input.Slots!.Select((s, i) => (s!.Id!, i)).ToDictionary(x => x.Item1, x => x.i);
        var slotOrder = Enumerable.Range(0, input.Slots!.Count).OrderBy(s => DateTimeOffset.Parse(input.Slots[s]!.Start!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var busy = new HashSet<(int, int)>();
        var meetings = new int[people.Count];
        var tables = new int[input.Slots.Count];
        var objective = 0;
        var requests = input.Requests!.Select(r => r!).ToDictionary(r => r.Id!);
        void Meet(RequestInput r, int s)
        {
            int a = person[r.A!], b = person[r.B!];
            busy.Add((a, s));
            busy.Add((b, s));
            meetings[a]++;
            meetings[b]++;
            tables[s]++;
            objective += r.Priority!.Value;
        }
        var fixedIds = (input.Fixed ?? []).Select(f => f!.Request!).ToHashSet();
        foreach (var f in input.Fixed ?? []) Meet(requests[f!.Request!], slotIndex[f.Slot!]);
        foreach (var r in requests.Values.Where(r => !fixedIds.Contains(r.Id!)).OrderByDescending(r => r.Priority).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            int a = person[r.A!], b = person[r.B!];
            if (meetings[a] >= (people[a].MaxMeetings ?? int.MaxValue) || meetings[b] >= (people[b].MaxMeetings ?? int.MaxValue)) continue;
            var slot = slotOrder.FirstOrDefault(s => allowed[a][s] && allowed[b][s] && !busy.Contains((a, s)) && !busy.Contains((b, s)) && tables[s] < input.Tables!.Count, -1);
            if (slot >= 0) Meet(r, slot);
        }
        return objective;
    }
}
