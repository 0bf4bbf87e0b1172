using UrbanCoop.Features.Matchmaking.Scheduling;

namespace UrbanCoop.Tests.Features.Matchmaking.Scheduling;

/// <summary>The true optimum of a tiny instance: fixed meetings in place, every slot (or none) tried for every other request.</summary>
internal static class BruteForce
{
    public static int BestObjective(ScheduleInput input)
    {
        var people = input.Participants!.Select(p => p!).ToList();
        var allowed = ScheduleRules.AllowedSlots(input.Slots!, people);
        var person = people.Select((p, i) => (p.Id!, i)).ToDictionary(x => x.Item1, x => x.i);
        var fixedSlot = (input.Fixed ?? []).ToDictionary(f => f!.Request!, f => input.Slots!.FindIndex(s => s!.Id == f!.Slot));
        var requests = input.Requests!.Where(r => !fixedSlot.ContainsKey(r!.Id!))
            .Select(r => (A: person[r!.A!], B: person[r.B!], W: r.Priority!.Value)).ToList();
        int slots = input.Slots!.Count, tables = input.Tables!.Count, fixedWeight = 0;
        var busy = new bool[people.Count, slots];
        var meetings = new int[people.Count];
        var used = new int[slots];
        foreach (var r in input.Requests!.Where(r => fixedSlot.ContainsKey(r!.Id!)))
        {
            int a = person[r!.A!], b = person[r.B!], s = fixedSlot[r.Id!];
            (busy[a, s], busy[b, s]) = (true, true);
            meetings[a]++; meetings[b]++; used[s]++;
            fixedWeight += r.Priority!.Value;
        }
        int Search(int i)
        {
            if (i == requests.Count) return 0;
            var best = Search(i + 1);
            var (a, b, w) = requests[i];
            if (meetings[a] >= (people[a].MaxMeetings ?? int.MaxValue) || meetings[b] >= (people[b].MaxMeetings ?? int.MaxValue)) return best;
            for (var s = 0; s < slots; s++)
            {
                if (!allowed[a][s] || !allowed[b][s] || busy[a, s] || busy[b, s] || used[s] == tables) continue;
                (busy[a, s], busy[b, s]) = (true, true);
                meetings[a]++; meetings[b]++; used[s]++;
                best = Math.Max(best, w + Search(i + 1));
                (busy[a, s], busy[b, s]) = (false, false);
                meetings[a]--; meetings[b]--; used[s]--;
            }
            return best;
        }
        return fixedWeight + Search(0);
    }
}
