namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <summary>Why a request is not in the final schedule, in words an organiser understands.</summary>
internal sealed class UnscheduledReasons
{
    private readonly SchedulingProblem problem;
    private readonly bool[] busy;       // participant * slots + slot
    private readonly int[] meetings;    // per participant

    /// <param name="slotOf">The final slot of every request (fixed ones included), or -1.</param>
    public UnscheduledReasons(SchedulingProblem problem, int[] slotOf)
    {
        this.problem = problem;
        busy = new bool[problem.Participants.Length * problem.Slots.Length];
        meetings = new int[problem.Participants.Length];
        for (var r = 0; r < slotOf.Length; r++)
        {
            if (slotOf[r] < 0) continue;
            foreach (var p in new[] { problem.Requests[r].A, problem.Requests[r].B })
            {
                busy[p * problem.Slots.Length + slotOf[r]] = true;
                meetings[p]++;
            }
        }
    }

    public string Explain(int request)
    {
        var (ia, ib) = (problem.Requests[request].A, problem.Requests[request].B);
        var (a, b) = (problem.Participants[ia], problem.Participants[ib]);
        var common = Enumerable.Range(0, problem.Slots.Length).Where(s => a.Allowed[s] && b.Allowed[s]).ToList();
        if (common.Count == 0) return "no slot when both are available";
        bool aFull = meetings[ia] >= a.MaxMeetings, bFull = meetings[ib] >= b.MaxMeetings;
        if (aFull && bFull) return $"both participants' meeting limits are reached ({a.Id}: {a.MaxMeetings}, {b.Id}: {b.MaxMeetings})";
        if (aFull || bFull) return LimitReached(aFull ? a : b);
        var slots = problem.Slots.Length;
        if (common.All(s => busy[ia * slots + s] || busy[ib * slots + s]))
            return $"in every slot when both are available, {a.Id} or {b.Id} already has another meeting";
        return "no free table left in the slots when both are free";
    }

    private static string LimitReached(Participant p) => p.MaxMeetings == 0
        ? $"{p.Id} takes no meetings (maxMeetings 0)"
        : $"{p.Id}'s meeting limit is reached ({p.MaxMeetings} meetings)";
}
