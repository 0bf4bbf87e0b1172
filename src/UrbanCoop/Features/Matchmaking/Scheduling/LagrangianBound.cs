namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <summary>
/// An upper bound from the LP relaxation of the residual problem, x[r,s] &gt;= 0 for each
/// request r and candidate slot s, maximising sum w[r] x[r,s] subject to
///   sum_s x[r,s] &lt;= 1 (u_r), sum over p's requests of x[r,s] &lt;= 1 (y_ps),
///   sum over p's requests and slots &lt;= ParticipantCap[p] (z_p), sum_r x[r,s] &lt;= SlotCap[s] (v_s).
/// Every valid schedule is a 0/1 solution. For ANY y, z, v &gt;= 0, u_r = max(0, max_s(w_r - z_a
/// - z_b - y_as - y_bs - v_s)) is dual feasible, so by weak duality the dual objective bounds
/// the LP and so every schedule. The descent only picks good multipliers; the value reported is
/// recomputed exactly in integers (multipliers rounded to multiples of 2^-20) and floored.
/// </summary>
internal static class LagrangianBound
{
    private const long Scale = 1 << 20;
    private const double HotTemperature = 0.5;
    private const double ColdTemperature = 0.01;
    private const int Stages = 16;
    private const int SweepsPerStage = 6;
    private const int PolishSweeps = 30;
    private const int PolishStarts = 3;
    private const double MinimumPolishGain = 0.05;

    /// <param name="lowerBound">The residual objective of the best schedule known so far: no bound can go below it.</param>
    public static int Compute(ResidualProblem problem, UpperBound quick, Func<int> lowerBound, Func<bool> timeUp)
    {
        var pairs = new DualPairs(problem);
        var current = new Multipliers(problem.ParticipantCount, problem.SlotCount);
        var best = current.Clone();
        var bestValue = best.DualValue(problem, quick);
        var smoothed = new SmoothedDual(problem, quick, pairs, current);
        for (var stage = 0; stage < Stages && !timeUp() && bestValue >= lowerBound() + 1; stage++)
        {
            smoothed.Start(HotTemperature * Math.Pow(ColdTemperature / HotTemperature, stage / (Stages - 1.0)));
            for (var sweep = 0; sweep < SweepsPerStage && !timeUp(); sweep++) smoothed.Sweep();
            var value = current.DualValue(problem, quick);
            if (value < bestValue)
            {
                bestValue = value;
                best.CopyFrom(current);
            }
        }
        // optimal multipliers of these LPs are often whole, half or quarter numbers
        var candidates = new[] { 1.0, 0.5, 0.25 }.Select(step => Rounded(best, step)).Prepend(best)
            .Select(m => (Multipliers: m, Value: m.DualValue(problem, quick))).OrderBy(c => c.Value).Take(PolishStarts).ToList();
        foreach (var (start, startValue) in candidates)
        {
            var value = Polish(problem, quick, pairs, start, startValue, () => timeUp() || lowerBound() + 1 > startValue);
            if (value < bestValue) (bestValue, best) = (value, start);
        }
        return Exact(problem, quick, best);
    }

    /// <returns>The dual value after exact coordinate descent from the start (changed in place).</returns>
    private static double Polish(ResidualProblem problem, UpperBound quick, DualPairs pairs, Multipliers start, double value, Func<bool> stop)
    {
        var descent = new DualCoordinateDescent(problem, quick, pairs, start);
        for (var sweep = 0; sweep < PolishSweeps && !stop(); sweep++)
        {
            descent.Sweep();
            var next = start.DualValue(problem, quick);
            if (next > value - MinimumPolishGain) return Math.Min(value, next);
            value = next;
        }
        return value;
    }

    private static Multipliers Rounded(Multipliers m, double step)
    {
        var copy = m.Clone();
        foreach (var x in new[] { copy.Y, copy.Z, copy.V })
            for (var i = 0; i < x.Length; i++) x[i] = Math.Round(x[i] / step) * step;
        return copy;
    }

    private static int Exact(ResidualProblem problem, UpperBound quick, Multipliers m)
    {
        int slots = problem.SlotCount;
        static long Fixed(double x) => Math.Max(0, (long)Math.Round(x * Scale));
        var y = m.Y.Select(Fixed).ToArray();
        var z = m.Z.Select(Fixed).ToArray();
        var v = m.V.Select(Fixed).ToArray();
        var total = y.Sum();
        for (var p = 0; p < z.Length; p++) total += quick.ParticipantCap[p] * z[p];
        for (var s = 0; s < v.Length; s++) total += quick.SlotCap[s] * v[s];
        for (var r = 0; r < problem.RequestCount; r++)
        {
            int a = problem.A[r], b = problem.B[r];
            var cheapest = long.MaxValue;
            foreach (var s in problem.Candidates(r))
                cheapest = Math.Min(cheapest, y[a * slots + s] + y[b * slots + s] + v[s]);
            if (cheapest == long.MaxValue) continue;
            var reduced = problem.Weight[r] * Scale - z[a] - z[b] - cheapest;
            if (reduced > 0) total += reduced;
        }
        return (int)(total / Scale);
    }
}
