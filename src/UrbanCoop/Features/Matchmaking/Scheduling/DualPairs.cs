namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <summary>
/// The (request, candidate slot) pairs of a residual problem, grouped the ways the dual
/// multipliers touch them: by participant and slot (y), by slot (v), and requests by participant (z).
/// </summary>
internal sealed class DualPairs
{
    public DualPairs(ResidualProblem problem)
    {
        int slots = problem.SlotCount;
        FirstPair = new int[problem.RequestCount + 1];
        var pairs = new List<(int Request, int Slot)>();
        for (var r = 0; r < problem.RequestCount; r++)
        {
            foreach (var s in problem.Candidates(r)) pairs.Add((r, s));
            FirstPair[r + 1] = pairs.Count;
        }
        Request = [.. pairs.Select(p => p.Request)];
        Slot = [.. pairs.Select(p => p.Slot)];
        var all = Enumerable.Range(0, pairs.Count);
        ByKey = new Groups(problem.ParticipantCount * slots, all.SelectMany(k =>
            new[] { (problem.A[Request[k]] * slots + Slot[k], k), (problem.B[Request[k]] * slots + Slot[k], k) }));
        BySlot = new Groups(slots, all.Select(k => (Slot[k], k)));
        var requests = Enumerable.Range(0, problem.RequestCount).Where(r => FirstPair[r + 1] > FirstPair[r]);
        RequestsByPerson = new Groups(problem.ParticipantCount, requests.SelectMany(r => new[] { (problem.A[r], r), (problem.B[r], r) }));
    }

    public int[] Request { get; }
    public int[] Slot { get; }
    /// <summary>Request r's pairs are FirstPair[r] .. FirstPair[r + 1] - 1.</summary>
    public int[] FirstPair { get; }
    /// <summary>Pairs by participant * slots + slot.</summary>
    public Groups ByKey { get; }
    public Groups BySlot { get; }
    public Groups RequestsByPerson { get; }

    internal sealed class Groups
    {
        private readonly int[] start;
        private readonly int[] members;

        public Groups(int keys, IEnumerable<(int Key, int Member)> items)
        {
            var list = items.ToList();
            start = new int[keys + 1];
            foreach (var (key, _) in list) start[key + 1]++;
            for (var i = 0; i < keys; i++) start[i + 1] += start[i];
            var next = (int[])start.Clone();
            members = new int[list.Count];
            foreach (var (key, member) in list) members[next[key]++] = member;
        }

        public ReadOnlySpan<int> this[int key] => members.AsSpan(start[key], start[key + 1] - start[key]);
    }
}
