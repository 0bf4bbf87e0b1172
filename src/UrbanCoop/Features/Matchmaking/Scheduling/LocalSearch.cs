using System.Diagnostics;

namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <summary>
/// Simulated annealing over ejection moves. A move gives a request a slot (an unplaced one
/// gains its weight, a placed one relocates) and evicts whatever stands in the way there: the
/// two participants' meetings in that slot, the cheapest meeting of a full slot, the cheapest
/// meeting of a participant at its limit. Each evicted meeting then takes a slot where it fits
/// as is, or the table of a lighter meeting (which in turn needs a slot where it fits); the
/// others are lost. The move is kept when the objective does not fall, or by chance at a
/// falling temperature; otherwise it is rolled back. Ends with the best assignment seen.
/// </summary>
internal sealed class LocalSearch(ResidualProblem problem, Assignment state, Random random)
{
    private const double HotTemperature = 0.4;
    private const double ColdTemperature = 0.02;
    private const int UnplacedPerTenMoves = 8;
    private const int MovesPerClockCheck = 512;
    private readonly List<int> evicted = [];

    /// <param name="stop">Asked between batches of moves: the best objective reached so far; true ends the search.</param>
    public void Run(Stopwatch clock, TimeSpan deadline, Func<int, bool> stop)
    {
        var movable = Enumerable.Range(0, problem.RequestCount).Where(r => problem.Candidates(r).Length > 1).ToArray();
        var begin = clock.Elapsed;
        var span = Math.Max(1e-3, (deadline - begin).TotalSeconds);
        var best = state.Objective;
        int[]? bestSlots = null;   // null while the current assignment is a best one
        while (state.UnplacedCount > 0 && clock.Elapsed < deadline && !stop(best))
        {
            var progress = Math.Clamp((clock.Elapsed - begin).TotalSeconds / span, 0, 1);
            var temperature = HotTemperature * Math.Pow(ColdTemperature / HotTemperature, progress);
            for (var i = 0; i < MovesPerClockCheck && state.UnplacedCount > 0; i++)
            {
                var request = movable.Length == 0 || random.Next(10) < UnplacedPerTenMoves
                    ? state.Unplaced(random.Next(state.UnplacedCount))
                    : movable[random.Next(movable.Length)];
                var candidates = problem.Candidates(request);
                var slot = candidates[random.Next(candidates.Length)];
                if (slot == state.SlotOf(request)) continue;
                var delta = Move(request, slot);
                if (delta < 0 && random.NextDouble() >= Math.Exp(delta / temperature))
                {
                    state.Rollback();
                    continue;
                }
                if (delta < 0 && bestSlots is null && state.Objective - delta == best) bestSlots = state.SnapshotAtCommit();
                state.Commit();
                if (state.Objective > best || (state.Objective == best && bestSlots is not null))
                {
                    best = state.Objective;
                    bestSlots = null;
                }
            }
        }
        if (bestSlots is not null) state.Restore(bestSlots);
    }

    /// <returns>The change of the objective.</returns>
    private int Move(int request, int slot)
    {
        int a = problem.A[request], b = problem.B[request], before = state.Objective;
        if (state.SlotOf(request) >= 0) state.Remove(request);
        evicted.Clear();
        Evict(state.Occupant(a, slot));
        Evict(state.Occupant(b, slot));
        if (state.Used(slot) >= problem.FreeTables[slot]) Evict(state.CheapestMember(slot, random));
        if (state.MeetingsOf(a) >= problem.Limit[a]) Evict(CheapestMeetingOf(a));
        if (state.MeetingsOf(b) >= problem.Limit[b]) Evict(CheapestMeetingOf(b));
        state.Place(request, slot);
        SortHeaviestFirst();
        foreach (var e in evicted) Reinsert(e);
        return state.Objective - before;
    }

    private void SortHeaviestFirst()
    {
        for (var i = 1; i < evicted.Count; i++)
            for (var j = i; j > 0 && problem.Weight[evicted[j]] > problem.Weight[evicted[j - 1]]; j--)
                (evicted[j], evicted[j - 1]) = (evicted[j - 1], evicted[j]);
    }

    private void Evict(int request)
    {
        if (request < 0) return;
        state.Remove(request);
        evicted.Add(request);
    }

    private int CheapestMeetingOf(int participant)
    {
        int cheapest = -1, ties = 0;
        for (var s = 0; s < problem.SlotCount; s++)
        {
            var r = state.Occupant(participant, s);
            if (r < 0) continue;
            if (cheapest < 0 || problem.Weight[r] < problem.Weight[cheapest]) (cheapest, ties) = (r, 1);
            else if (problem.Weight[r] == problem.Weight[cheapest] && random.Next(++ties) == 0) cheapest = r;
        }
        return cheapest;
    }

    /// <summary>
    /// Places an evicted request where it fits as is, else where only the tables are full and
    /// a lighter meeting can give up its table (that one then needs a place where it fits).
    /// </summary>
    private void Reinsert(int request)
    {
        var candidates = problem.Candidates(request);
        var start = random.Next(candidates.Length);
        int bumpSlot = -1, bumpWeight = problem.Weight[request];
        for (var i = 0; i < candidates.Length; i++)
        {
            var slot = candidates[(start + i) % candidates.Length];
            if (state.Fits(request, slot))
            {
                state.Place(request, slot);
                return;
            }
            if (state.FitsButForTables(request, slot))
            {
                var victim = state.CheapestMember(slot, random);
                if (problem.Weight[victim] < bumpWeight) (bumpSlot, bumpWeight) = (slot, problem.Weight[victim]);
            }
        }
        if (bumpSlot < 0) return;
        var bumped = state.CheapestMember(bumpSlot, random);
        state.Remove(bumped);
        state.Place(request, bumpSlot);
        TryFit(bumped);
    }

    private void TryFit(int request)
    {
        var candidates = problem.Candidates(request);
        var start = random.Next(candidates.Length);
        for (var i = 0; i < candidates.Length; i++)
        {
            var slot = candidates[(start + i) % candidates.Length];
            if (state.Fits(request, slot))
            {
                state.Place(request, slot);
                return;
            }
        }
    }
}
