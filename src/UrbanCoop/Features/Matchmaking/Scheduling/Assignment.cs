namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <summary>
/// The slots given to the requests of a residual problem, with the counts that make a move
/// cheap to test, and a journal of changes so that a rejected move can be rolled back.
/// </summary>
internal sealed class Assignment
{
    private readonly ResidualProblem problem;
    private readonly int slots;
    private readonly int[] slotOf;
    private readonly int[] occupant;     // participant * slots + slot -> request, or -1
    private readonly int[] meetings;     // per participant
    private readonly int weights;        // priorities are 1..weights-1
    private readonly int[][] members;    // per slot and priority, the first memberCount entries
    private readonly int[] memberCount;
    private readonly int[] used;
    private readonly int[] memberPosition;
    private readonly int[] unplaced;     // requests with candidates and no slot, the first unplacedCount entries
    private readonly int[] unplacedPosition;
    private readonly List<(int Request, int From, int To)> journal = [];

    public Assignment(ResidualProblem problem)
    {
        this.problem = problem;
        slots = problem.SlotCount;
        slotOf = Enumerable.Repeat(-1, problem.RequestCount).ToArray();
        occupant = Enumerable.Repeat(-1, problem.ParticipantCount * slots).ToArray();
        meetings = new int[problem.ParticipantCount];
        weights = problem.Weight.DefaultIfEmpty(0).Max() + 1;
        members = problem.FreeTables.SelectMany(t => Enumerable.Range(0, weights).Select(_ => new int[Math.Max(0, t)])).ToArray();
        memberCount = new int[slots * weights];
        used = new int[slots];
        memberPosition = new int[problem.RequestCount];
        unplaced = new int[problem.RequestCount];
        unplacedPosition = Enumerable.Repeat(-1, problem.RequestCount).ToArray();
        for (var r = 0; r < problem.RequestCount; r++)
            if (problem.Candidates(r).Length > 0) AddUnplaced(r);
    }

    public int Objective { get; private set; }
    public int SlotOf(int request) => slotOf[request];
    public int Occupant(int participant, int slot) => occupant[participant * slots + slot];
    public int MeetingsOf(int participant) => meetings[participant];
    public int Used(int slot) => used[slot];
    /// <summary>A random meeting among the lowest-priority ones of a slot, or -1 when the slot is empty.</summary>
    public int CheapestMember(int slot, Random random)
    {
        for (var w = 0; w < weights; w++)
        {
            var count = memberCount[slot * weights + w];
            if (count > 0) return members[slot * weights + w][random.Next(count)];
        }
        return -1;
    }
    public int UnplacedCount { get; private set; }
    public int Unplaced(int index) => unplaced[index];

    /// <summary>Whether an unplaced request can take the slot without moving anyone.</summary>
    public bool Fits(int request, int slot)
    {
        int a = problem.A[request], b = problem.B[request];
        return used[slot] < problem.FreeTables[slot] && occupant[a * slots + slot] < 0 && occupant[b * slots + slot] < 0
            && meetings[a] < problem.Limit[a] && meetings[b] < problem.Limit[b];
    }

    /// <summary>Whether an unplaced request could take the slot if one more table were free there.</summary>
    public bool FitsButForTables(int request, int slot)
    {
        int a = problem.A[request], b = problem.B[request];
        return occupant[a * slots + slot] < 0 && occupant[b * slots + slot] < 0
            && meetings[a] < problem.Limit[a] && meetings[b] < problem.Limit[b];
    }

    public void Place(int request, int slot)
    {
        int a = problem.A[request], b = problem.B[request];
        slotOf[request] = slot;
        occupant[a * slots + slot] = request;
        occupant[b * slots + slot] = request;
        meetings[a]++;
        meetings[b]++;
        var bucket = slot * weights + problem.Weight[request];
        memberPosition[request] = memberCount[bucket];
        members[bucket][memberCount[bucket]++] = request;
        used[slot]++;
        RemoveUnplaced(request);
        Objective += problem.Weight[request];
        journal.Add((request, -1, slot));
    }

    public void Remove(int request)
    {
        int a = problem.A[request], b = problem.B[request], slot = slotOf[request];
        slotOf[request] = -1;
        occupant[a * slots + slot] = -1;
        occupant[b * slots + slot] = -1;
        meetings[a]--;
        meetings[b]--;
        var bucket = slot * weights + problem.Weight[request];
        var last = members[bucket][--memberCount[bucket]];
        members[bucket][memberPosition[request]] = last;
        memberPosition[last] = memberPosition[request];
        used[slot]--;
        AddUnplaced(request);
        Objective -= problem.Weight[request];
        journal.Add((request, slot, -1));
    }

    /// <summary>Keeps the changes made since the last commit.</summary>
    public void Commit() => journal.Clear();

    /// <summary>Undoes every change made since the last commit.</summary>
    public void Rollback()
    {
        var changes = journal.Count;
        for (var i = changes - 1; i >= 0; i--)
        {
            var (request, from, to) = journal[i];
            if (to >= 0) Remove(request);
            if (from >= 0) Place(request, from);
        }
        journal.Clear();
    }

    /// <summary>The slots as they were at the last commit.</summary>
    public int[] SnapshotAtCommit()
    {
        var copy = (int[])slotOf.Clone();
        for (var i = journal.Count - 1; i >= 0; i--) copy[journal[i].Request] = journal[i].From;
        return copy;
    }

    public void Restore(int[] snapshot)
    {
        for (var r = 0; r < slotOf.Length; r++)
            if (slotOf[r] >= 0 && slotOf[r] != snapshot[r]) Remove(r);
        for (var r = 0; r < slotOf.Length; r++)
            if (snapshot[r] >= 0 && slotOf[r] != snapshot[r]) Place(r, snapshot[r]);
        journal.Clear();
    }

    private void AddUnplaced(int request)
    {
        unplacedPosition[request] = UnplacedCount;
        unplaced[UnplacedCount++] = request;
    }

    private void RemoveUnplaced(int request)
    {
        var position = unplacedPosition[request];
        var last = unplaced[--UnplacedCount];
        unplaced[position] = last;
        unplacedPosition[last] = position;
        unplacedPosition[request] = -1;
    }
}
