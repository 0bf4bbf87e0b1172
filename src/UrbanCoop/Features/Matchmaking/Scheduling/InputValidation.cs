using System.Globalization;
using System.Text.RegularExpressions;

namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <summary>
/// Turns the contract's input into a numbered problem, collecting every problem found (one
/// sentence each, naming the offending ids) instead of stopping at the first.
/// </summary>
internal static partial class InputValidation
{
    public static SchedulingProblem? Validate(ScheduleInput input, List<string> problems)
    {
        var slots = ReadSlots(input.Slots, problems);
        var tables = ReadTables(input.Tables, problems);
        var participants = ReadParticipants(input.Participants, slots, problems);
        var requests = ReadRequests(input.Requests, participants, problems);
        var fixedMeetings = FixedMeetingsValidation.Read(input.Fixed, slots, tables, participants, requests, problems);
        if (problems.Count > 0) return null;
        return new SchedulingProblem
        {
            Slots = [.. slots],
            Tables = [.. tables],
            Participants = [.. participants],
            Requests = [.. requests.Select(r => r.Valid!)],
            Fixed = [.. fixedMeetings],
        };
    }

    private static List<Slot> ReadSlots(List<SlotInput?>? items, List<string> problems)
    {
        var slots = new List<Slot>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (items is null) problems.Add("slots is missing: the event needs a list of slots");
        else if (items.Count == 0) problems.Add("the event has no slots");
        foreach (var (item, i) in (items ?? []).Select((x, i) => (x, i)))
        {
            if (string.IsNullOrEmpty(item?.Id)) { problems.Add($"slots[{i}] has no id"); continue; }
            if (!seen.Add(item.Id)) { problems.Add($"duplicate slot id {item.Id}"); continue; }
            var start = ParseInstant(item.Start);
            var end = ParseInstant(item.End);
            if (start is null) problems.Add($"slot {item.Id}: start '{item.Start}' is not an ISO 8601 date-time with Z or an offset");
            if (end is null) problems.Add($"slot {item.Id}: end '{item.End}' is not an ISO 8601 date-time with Z or an offset");
            if (start is not null && end is not null && end <= start) problems.Add($"slot {item.Id}: end is not after start");
            slots.Add(new Slot(item.Id, start ?? default, end ?? default));
        }
        return slots;
    }

    private static List<string> ReadTables(List<string?>? items, List<string> problems)
    {
        var tables = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (items is null) problems.Add("tables is missing: the event needs a list of table ids");
        else if (items.Count == 0) problems.Add("the event has no tables");
        foreach (var (id, i) in (items ?? []).Select((x, i) => (x, i)))
        {
            if (string.IsNullOrEmpty(id)) problems.Add($"tables[{i}] is not a table id");
            else if (!seen.Add(id)) problems.Add($"duplicate table id {id}");
            else tables.Add(id);
        }
        return tables;
    }

    private static List<Participant> ReadParticipants(List<ParticipantInput?>? items, List<Slot> slots, List<string> problems)
    {
        var participants = new List<Participant>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var slotIndex = IndexOf(slots.Select(s => s.Id));
        var hoursCache = new Dictionary<(string, ClockWindow), bool[]>();
        if (items is null) problems.Add("participants is missing: the event needs a list of participants");
        foreach (var (item, i) in (items ?? []).Select((x, i) => (x, i)))
        {
            if (string.IsNullOrEmpty(item?.Id)) { problems.Add($"participants[{i}] has no id"); continue; }
            var id = item.Id;
            if (!seen.Add(id)) { problems.Add($"duplicate participant id {id}"); continue; }
            TimeZoneInfo? zone = null;
            if (item.TimeZone is not null && !Availability.TryFindZone(item.TimeZone, out zone))
                problems.Add($"participant {id}: time zone {item.TimeZone} is not a known IANA time zone");
            else if (item.TimeZone is null && item.Hours is not null)
                problems.Add($"participant {id}: has hours but no timeZone to read them in");
            var hours = ReadHours(id, item.Hours, problems);
            bool[]? listed = null;
            if (item.Available is not null)
            {
                listed = new bool[slots.Count];
                foreach (var slotId in item.Available)
                    if (slotId is not null && slotIndex.TryGetValue(slotId, out var s)) listed[s] = true;
                    else problems.Add($"participant {id}: available lists unknown slot {slotId ?? "null"}");
            }
            if (item.MaxMeetings < 0) problems.Add($"participant {id}: maxMeetings {item.MaxMeetings} must be 0 or more");
            var allowed = Availability.Allowed(slots, zone, hours, listed, hoursCache);
            participants.Add(new Participant(id, zone, hours, listed, allowed, item.MaxMeetings ?? int.MaxValue));
        }
        return participants;
    }

    private static ClockWindow? ReadHours(string id, List<string?>? hours, List<string> problems)
    {
        if (hours is null) return null;
        if (hours.Count != 2)
        {
            problems.Add($"participant {id}: hours must be two \"HH:MM\" times, a start and an end");
            return null;
        }
        if (!Availability.TryParseClock(hours[0], out var from) || !Availability.TryParseClock(hours[1], out var to))
        {
            problems.Add($"participant {id}: hours [{hours[0]}, {hours[1]}] are not \"HH:MM\" times between 00:00 and 24:00");
            return null;
        }
        if (from >= to)
        {
            problems.Add($"participant {id}: hours start {hours[0]} is not before their end {hours[1]}");
            return null;
        }
        return new ClockWindow(from, to);
    }

    /// <returns>One entry per request with a new id; Valid is null where the request is broken (already reported).</returns>
    private static List<(string Id, Request? Valid)> ReadRequests(List<RequestInput?>? items, List<Participant> participants, List<string> problems)
    {
        var requests = new List<(string Id, Request? Valid)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new Dictionary<(int, int), string>();
        var participantIndex = IndexOf(participants.Select(p => p.Id));
        if (items is null) problems.Add("requests is missing: the event needs a list of requests (it may be empty)");
        foreach (var (item, i) in (items ?? []).Select((x, i) => (x, i)))
        {
            if (string.IsNullOrEmpty(item?.Id)) { problems.Add($"requests[{i}] has no id"); continue; }
            var id = item.Id;
            if (!seen.Add(id)) { problems.Add($"duplicate request id {id}"); continue; }
            var ok = true;
            foreach (var (side, pid) in new[] { ("a", item.A), ("b", item.B) })
                if (pid is null || !participantIndex.ContainsKey(pid))
                {
                    problems.Add($"request {id}: {side} {pid ?? "(missing)"} is not a known participant");
                    ok = false;
                }
            if (ok && item.A == item.B)
            {
                problems.Add($"request {id}: participant {item.A} requests a meeting with itself");
                ok = false;
            }
            if (item.Priority is not (1 or 2 or 3))
            {
                problems.Add($"request {id}: priority {item.Priority?.ToString(CultureInfo.InvariantCulture) ?? "(missing)"} must be 1, 2 or 3");
                ok = false;
            }
            if (ok)
            {
                int a = participantIndex[item.A!], b = participantIndex[item.B!];
                if (pairs.TryGetValue((Math.Min(a, b), Math.Max(a, b)), out var first))
                {
                    problems.Add($"requests {first} and {id} are both for the pair {item.A} and {item.B}");
                    ok = false;
                }
                else pairs[(Math.Min(a, b), Math.Max(a, b))] = id;
            }
            requests.Add((id, ok ? new Request(id, participantIndex[item.A!], participantIndex[item.B!], item.Priority!.Value) : null));
        }
        return requests;
    }

    internal static Dictionary<string, int> IndexOf(IEnumerable<string> ids)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids) index.TryAdd(id, index.Count);
        return index;
    }

    private static DateTimeOffset? ParseInstant(string? text)
    {
        // An instant needs its offset: a bare local date-time would be read in the machine's zone.
        if (text is null || !ExplicitOffset().IsMatch(text.Trim())) return null;
        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})$")]
    private static partial Regex ExplicitOffset();
}
