namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <summary>
/// Coordinate descent on an entropy-smoothed Lagrangian dual: each request's max(0, pair values)
/// becomes tau·log(1 + sum exp(value/tau)), a smooth upper approximation, so that coordinate steps
/// do not stall at the kinks of the true dual. Along one multiplier with coefficient c the
/// smoothed dual is lowest where the softmax weights of the pairs it touches sum to c; each step
/// moves there to first order. As tau falls the smoothed minimum approaches the true one.
/// </summary>
internal sealed class SmoothedDual(ResidualProblem problem, UpperBound quick, DualPairs pairs, Multipliers m)
{
    private readonly double[] exp = new double[pairs.Request.Length];        // exp(pair value / tau)
    private readonly double[] sum = new double[problem.RequestCount];         // per request
    private readonly double ceiling = problem.Weight.DefaultIfEmpty(0).Max(); // a multiplier above the top priority never helps
    private double tau = 1;

    public void Start(double temperature)
    {
        tau = temperature;
        for (var r = 0; r < problem.RequestCount; r++)
        {
            sum[r] = 0;
            for (var k = pairs.FirstPair[r]; k < pairs.FirstPair[r + 1]; k++)
                sum[r] += exp[k] = Math.Exp(m.PairValue(problem, r, pairs.Slot[k]) / tau);
        }
    }

    public void Sweep()
    {
        for (var s = 0; s < problem.SlotCount; s++) UpdatePairMultiplier(m.V, s, quick.SlotCap[s], pairs.BySlot[s]);
        for (var p = 0; p < problem.ParticipantCount; p++) UpdateZ(p);
        for (var key = 0; key < m.Y.Length; key++) UpdatePairMultiplier(m.Y, key, 1, pairs.ByKey[key]);
    }

    private void UpdatePairMultiplier(double[] x, int index, int coefficient, ReadOnlySpan<int> members)
    {
        if (members.IsEmpty) return;
        double weight = 0;
        foreach (var k in members) weight += exp[k] / (1 + sum[pairs.Request[k]]);
        var factor = Factor(ref x[index], weight, coefficient);
        if (factor == 1) return;
        foreach (var k in members)
        {
            var scaled = exp[k] * factor;
            sum[pairs.Request[k]] += scaled - exp[k];
            exp[k] = scaled;
        }
    }

    private void UpdateZ(int p)
    {
        var requests = pairs.RequestsByPerson[p];
        if (requests.IsEmpty) return;
        double weight = 0;
        foreach (var r in requests) weight += sum[r] / (1 + sum[r]);
        var factor = Factor(ref m.Z[p], weight, quick.ParticipantCap[p]);
        if (factor == 1) return;
        foreach (var r in requests)
        {
            sum[r] *= factor;
            for (var k = pairs.FirstPair[r]; k < pairs.FirstPair[r + 1]; k++) exp[k] *= factor;
        }
    }

    /// <summary>Moves the multiplier so the weight would meet the coefficient; returns what the exponentials are multiplied by.</summary>
    private double Factor(ref double multiplier, double weight, int coefficient)
    {
        var target = coefficient <= 0 ? ceiling : weight > 0 ? multiplier + tau * Math.Log(weight / coefficient) : 0;
        target = Math.Clamp(target, 0, ceiling);
        if (target == multiplier) return 1;
        var factor = Math.Exp((multiplier - target) / tau);
        multiplier = target;
        return factor;
    }
}
