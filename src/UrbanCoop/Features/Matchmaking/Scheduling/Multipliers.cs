namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <summary>The dual multipliers of LagrangianBound: y per participant and slot, z per participant, v per slot.</summary>
internal sealed class Multipliers(int participants, int slots)
{
    public double[] Y { get; } = new double[participants * slots];
    public double[] Z { get; } = new double[participants];
    public double[] V { get; } = new double[slots];

    public Multipliers Clone()
    {
        var copy = new Multipliers(participants, slots);
        copy.CopyFrom(this);
        return copy;
    }

    public void CopyFrom(Multipliers other)
    {
        other.Y.CopyTo(Y, 0);
        other.Z.CopyTo(Z, 0);
        other.V.CopyTo(V, 0);
    }

    /// <summary>The reduced value of giving request r slot s: its priority less the multipliers it meets.</summary>
    public double PairValue(ResidualProblem problem, int r, int s)
    {
        int a = problem.A[r], b = problem.B[r];
        return problem.Weight[r] - Z[a] - Z[b] - Y[a * slots + s] - Y[b * slots + s] - V[s];
    }

    /// <summary>The dual objective here, in floating point (to compare candidates, not to report).</summary>
    public double DualValue(ResidualProblem problem, UpperBound quick)
    {
        var value = Y.Sum();
        for (var p = 0; p < participants; p++) value += quick.ParticipantCap[p] * Z[p];
        for (var s = 0; s < slots; s++) value += quick.SlotCap[s] * V[s];
        for (var r = 0; r < problem.RequestCount; r++)
        {
            double best = 0;
            foreach (var s in problem.Candidates(r)) best = Math.Max(best, PairValue(problem, r, s));
            value += best;
        }
        return value;
    }
}
