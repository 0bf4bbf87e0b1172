namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <summary>
/// Exact coordinate descent on the (non-smooth) Lagrangian dual. Along one multiplier x with
/// coefficient c the dual is c·x plus, for each pair it touches, max(the request's best other
/// value or 0, d - x), so its lowest point is the (c+1)-th largest d, or 0. No step raises the
/// dual, so it polishes the multipliers the smoothed descent found.
/// </summary>
internal sealed class DualCoordinateDescent
{
    private readonly ResidualProblem problem;
    private readonly UpperBound quick;
    private readonly DualPairs pairs;
    private readonly Multipliers m;
    private readonly double[] top1, top2;   // best and second best pair value of each request
    private readonly int[] top1Pair;
    private double[] buffer = new double[16];

    public DualCoordinateDescent(ResidualProblem problem, UpperBound quick, DualPairs pairs, Multipliers multipliers)
    {
        (this.problem, this.quick, this.pairs, m) = (problem, quick, pairs, multipliers);
        (top1, top2, top1Pair) = (new double[problem.RequestCount], new double[problem.RequestCount], new int[problem.RequestCount]);
        for (var r = 0; r < problem.RequestCount; r++) RecomputeTop(r);
    }

    public void Sweep()
    {
        for (var s = 0; s < problem.SlotCount; s++) UpdatePairMultiplier(m.V, s, quick.SlotCap[s], pairs.BySlot[s]);
        for (var p = 0; p < problem.ParticipantCount; p++) UpdateZ(p);
        for (var key = 0; key < m.Y.Length; key++) UpdatePairMultiplier(m.Y, key, 1, pairs.ByKey[key]);
    }

    private void UpdatePairMultiplier(double[] x, int index, int coefficient, ReadOnlySpan<int> members)
    {
        if (members.IsEmpty || (members.Length <= coefficient && x[index] == 0)) return;
        var d = Buffer(members.Length);
        for (var i = 0; i < members.Length; i++)
        {
            var k = members[i];
            var r = pairs.Request[k];
            var alternative = Math.Max(0, top1Pair[r] == k ? top2[r] : top1[r]);
            d[i] = m.PairValue(problem, r, pairs.Slot[k]) + x[index] - alternative;
        }
        var updated = LowestPoint(d, members.Length, coefficient);
        if (updated == x[index]) return;
        x[index] = updated;
        foreach (var k in members) RecomputeTop(pairs.Request[k]);
    }

    private void UpdateZ(int p)
    {
        var requests = pairs.RequestsByPerson[p];
        if (requests.Length <= quick.ParticipantCap[p] && m.Z[p] == 0) return;
        var d = Buffer(requests.Length);
        for (var i = 0; i < requests.Length; i++) d[i] = top1[requests[i]] + m.Z[p];
        var shift = LowestPoint(d, requests.Length, quick.ParticipantCap[p]) - m.Z[p];
        if (shift == 0) return;
        m.Z[p] += shift;
        foreach (var r in requests)
        {
            top1[r] -= shift;
            top2[r] -= shift;
        }
    }

    /// <summary>The (coefficient+1)-th largest of the first count values, or 0 when it is missing or negative.</summary>
    private static double LowestPoint(double[] d, int count, int coefficient)
    {
        if (count <= coefficient) return 0;
        Array.Sort(d, 0, count);
        return Math.Max(0, d[count - 1 - coefficient]);
    }

    private void RecomputeTop(int r)
    {
        (top1[r], top2[r], top1Pair[r]) = (double.NegativeInfinity, double.NegativeInfinity, -1);
        for (var k = pairs.FirstPair[r]; k < pairs.FirstPair[r + 1]; k++)
        {
            var value = m.PairValue(problem, r, pairs.Slot[k]);
            if (value > top1[r]) (top2[r], top1[r], top1Pair[r]) = (top1[r], value, k);
            else if (value > top2[r]) top2[r] = value;
        }
    }

    private double[] Buffer(int count)
    {
        if (buffer.Length < count) buffer = new double[Math.Max(count, buffer.Length * 2)];
        return buffer;
    }
}
