namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <summary>
/// What is left to decide once the fixed meetings are placed: a fixed meeting takes its two
/// participants and one table out of its slot, and one unit of each participant's maxMeetings.
/// A request's candidate slots are allowed for both participants, free of their fixed meetings
/// and have a free table; they are listed earliest first.
/// </summary>
internal sealed class ResidualProblem
{
    private readonly int[] candidateStart;
    private readonly int[] candidateSlots;

    public int SlotCount { get; }
    public int ParticipantCount { get; }
    public int RequestCount => A.Length;
    public int[] A { get; }
    public int[] B { get; }
    public int[] Weight { get; }
    public int[] FreeTables { get; }
    /// <summary>Meetings each participant may still have; int.MaxValue when unlimited.</summary>
    public int[] Limit { get; }
    public int FixedWeight { get; }

    public ReadOnlySpan<int> Candidates(int request) =>
        candidateSlots.AsSpan(candidateStart[request], candidateStart[request + 1] - candidateStart[request]);

    public ResidualProblem(SchedulingProblem problem)
    {
        int slots = problem.Slots.Length, people = problem.Participants.Length;
        SlotCount = slots;
        ParticipantCount = people;
        A = [.. problem.Requests.Select(r => r.A)];
        B = [.. problem.Requests.Select(r => r.B)];
        Weight = [.. problem.Requests.Select(r => r.Priority)];
        FreeTables = Enumerable.Repeat(problem.Tables.Length, slots).ToArray();
        Limit = [.. problem.Participants.Select(p => p.MaxMeetings)];
        var busy = new bool[people * slots];
        var isFixed = new bool[A.Length];
        foreach (var (r, s, _) in problem.Fixed)
        {
            isFixed[r] = true;
            FixedWeight += Weight[r];
            FreeTables[s]--;
            foreach (var p in new[] { A[r], B[r] })
            {
                busy[p * slots + s] = true;
                if (Limit[p] != int.MaxValue) Limit[p]--;
            }
        }
        candidateStart = new int[A.Length + 1];
        var candidates = new List<int>();
        for (var r = 0; r < A.Length; r++)
        {
            int a = A[r], b = B[r];
            if (!isFixed[r] && Limit[a] > 0 && Limit[b] > 0)
                foreach (var s in problem.SlotOrder)
                    if (FreeTables[s] > 0 && problem.IsAllowed(a, s) && problem.IsAllowed(b, s) && !busy[a * slots + s] && !busy[b * slots + s])
                        candidates.Add(s);
            candidateStart[r + 1] = candidates.Count;
        }
        candidateSlots = [.. candidates];
    }
}
