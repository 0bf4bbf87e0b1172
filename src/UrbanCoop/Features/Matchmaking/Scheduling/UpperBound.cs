namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <summary>
/// Quick upper bounds on the residual objective (without the fixed meetings). Each holds for
/// every valid schedule, so their minimum does too:
/// requests: every request with a candidate slot is met;
/// participants: a participant meets at most Cap times, so it collects at most its Cap largest
/// priorities; each meeting is counted by both of its participants, hence the half;
/// meetings: no more than MeetingCount meetings fit, so at most the largest priorities that many.
/// </summary>
internal sealed class UpperBound
{
    public UpperBound(ResidualProblem problem)
    {
        int slots = problem.SlotCount, people = problem.ParticipantCount;
        var usable = new bool[people * slots];
        var degree = new int[people];
        var requestsInSlot = new int[slots];
        var kept = new List<int>();
        for (var r = 0; r < problem.RequestCount; r++)
        {
            if (problem.Candidates(r).Length == 0) continue;
            kept.Add(r);
            degree[problem.A[r]]++;
            degree[problem.B[r]]++;
            foreach (var s in problem.Candidates(r))
            {
                usable[problem.A[r] * slots + s] = usable[problem.B[r] * slots + s] = true;
                requestsInSlot[s]++;
            }
        }
        ParticipantCap = new int[people];
        var peopleInSlot = new int[slots];
        for (var p = 0; p < people; p++)
        {
            var usableSlots = 0;
            for (var s = 0; s < slots; s++)
                if (usable[p * slots + s]) { usableSlots++; peopleInSlot[s]++; }
            ParticipantCap[p] = Math.Min(problem.Limit[p], Math.Min(usableSlots, degree[p]));
        }
        // a meeting in a slot needs a free table and two participants who can meet then
        SlotCap = Enumerable.Range(0, slots)
            .Select(s => Math.Min(problem.FreeTables[s], Math.Min(peopleInSlot[s] / 2, requestsInSlot[s]))).ToArray();

        Requests = kept.Sum(r => problem.Weight[r]);
        var byParticipant = new List<int>[people];
        foreach (var r in kept)
            foreach (var p in new[] { problem.A[r], problem.B[r] })
                (byParticipant[p] ??= []).Add(problem.Weight[r]);
        var twice = Enumerable.Range(0, people).Where(p => byParticipant[p] is not null)
            .Sum(p => (long)byParticipant[p].OrderDescending().Take(ParticipantCap[p]).Sum());
        Participants = (int)(twice / 2);
        var meetingCount = (int)Math.Min(Math.Min(SlotCap.Sum(x => (long)x), ParticipantCap.Sum(x => (long)x) / 2), kept.Count);
        Meetings = kept.Select(r => problem.Weight[r]).OrderDescending().Take(meetingCount).Sum();
    }

    /// <summary>Meetings a participant can still have: its limit, its usable slots, its requests.</summary>
    public int[] ParticipantCap { get; }
    /// <summary>Meetings a slot can still host.</summary>
    public int[] SlotCap { get; }
    public int Requests { get; }
    public int Participants { get; }
    public int Meetings { get; }
    public int Best => Math.Min(Requests, Math.Min(Participants, Meetings));
}
