namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <summary>Fixed meetings are already confirmed, so each must keep every rule of a valid schedule.</summary>
internal static class FixedMeetingsValidation
{
    public static List<FixedMeeting> Read(List<FixedMeetingInput?>? items, List<Slot> slots, List<string> tables,
        List<Participant> participants, List<(string Id, Request? Valid)> requests, List<string> problems)
    {
        var slotIndex = InputValidation.IndexOf(slots.Select(s => s.Id));
        var tableIndex = InputValidation.IndexOf(tables);
        var requestIndex = InputValidation.IndexOf(requests.Select(r => r.Id));
        var fixedMeetings = new List<FixedMeeting>();
        var fixedRequests = new HashSet<int>();
        var personBusy = new Dictionary<(int Participant, int Slot), string>();
        var tableBusy = new Dictionary<(int Slot, int Table), string>();
        var fixedCount = new int[participants.Count];
        foreach (var (item, i) in (items ?? []).Select((x, i) => (x, i)))
        {
            if (item is null) { problems.Add($"fixed[{i}] is not a meeting"); continue; }
            var known = Known(requestIndex, item.Request, $"fixed[{i}]: request", "request", problems)
                & Known(slotIndex, item.Slot, $"fixed meeting {item.Request}: slot", "slot", problems)
                & Known(tableIndex, item.Table, $"fixed meeting {item.Request}: table", "table", problems);
            if (!known) continue;
            int r = requestIndex[item.Request!], s = slotIndex[item.Slot!], t = tableIndex[item.Table!];
            if (requests[r].Valid is not { } request) continue;
            if (!fixedRequests.Add(r)) { problems.Add($"request {request.Id} is fixed more than once"); continue; }
            foreach (var p in new[] { request.A, request.B })
            {
                if (Availability.WhyNot(participants[p], slots[s], s) is { } why)
                    problems.Add($"fixed meeting {request.Id} in slot {item.Slot}: {why}");
                if (personBusy.TryGetValue((p, s), out var other))
                    problems.Add($"fixed meetings {other} and {request.Id} both put {participants[p].Id} in slot {item.Slot}");
                else personBusy[(p, s)] = request.Id;
                fixedCount[p]++;
            }
            if (tableBusy.TryGetValue((s, t), out var sharing))
                problems.Add($"fixed meetings {sharing} and {request.Id} both use table {item.Table} in slot {item.Slot}");
            else tableBusy[(s, t)] = request.Id;
            fixedMeetings.Add(new FixedMeeting(r, s, t));
        }
        for (var p = 0; p < participants.Count; p++)
            if (fixedCount[p] > participants[p].MaxMeetings)
                problems.Add($"participant {participants[p].Id} has {fixedCount[p]} fixed meetings, more than its maxMeetings {participants[p].MaxMeetings}");
        return fixedMeetings;
    }

    private static bool Known(Dictionary<string, int> index, string? id, string what, string kind, List<string> problems)
    {
        if (id is not null && index.ContainsKey(id)) return true;
        problems.Add($"{what} {id ?? "(missing)"} is not a known {kind}");
        return false;
    }
}
