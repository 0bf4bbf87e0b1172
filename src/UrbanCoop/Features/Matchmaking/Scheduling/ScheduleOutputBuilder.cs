namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <summary>Turns a solved assignment into the contract's output: tables, order and reasons.</summary>
internal static class ScheduleOutputBuilder
{
    public static ScheduleOutput Build(SchedulingProblem problem, Assignment assignment, int upperBound, TimeSpan elapsed)
    {
        int requests = problem.Requests.Length, tables = problem.Tables.Length;
        var slotOf = Enumerable.Range(0, requests).Select(assignment.SlotOf).ToArray();
        var tableOf = Enumerable.Repeat(-1, requests).ToArray();
        var taken = new bool[problem.Slots.Length * tables];
        foreach (var (r, s, t) in problem.Fixed)
        {
            (slotOf[r], tableOf[r]) = (s, t);
            taken[s * tables + t] = true;
        }
        // tables are interchangeable: each slot's meetings take its free tables in input order
        var nextTable = new int[problem.Slots.Length];
        for (var r = 0; r < requests; r++)
        {
            if (slotOf[r] < 0 || tableOf[r] >= 0) continue;
            var s = slotOf[r];
            while (taken[s * tables + nextTable[s]]) nextTable[s]++;
            tableOf[r] = nextTable[s];
            taken[s * tables + nextTable[s]] = true;
        }
        var slotRank = new int[problem.Slots.Length];
        for (var i = 0; i < slotRank.Length; i++) slotRank[problem.SlotOrder[i]] = i;
        var meetings = Enumerable.Range(0, requests).Where(r => slotOf[r] >= 0)
            .OrderBy(r => slotRank[slotOf[r]]).ThenBy(r => tableOf[r])
            .Select(r => new ScheduledMeeting(problem.Requests[r].Id, problem.Slots[slotOf[r]].Id, problem.Tables[tableOf[r]]))
            .ToList();
        var reasons = new UnscheduledReasons(problem, slotOf);
        var unscheduled = Enumerable.Range(0, requests).Where(r => slotOf[r] < 0)
            .Select(r => new UnscheduledRequest(problem.Requests[r].Id, reasons.Explain(r)))
            .ToList();
        var objective = Enumerable.Range(0, requests).Where(r => slotOf[r] >= 0).Sum(r => problem.Requests[r].Priority);
        return new ScheduleOutput(meetings, unscheduled, objective, upperBound, Math.Round(elapsed.TotalSeconds, 3));
    }
}
