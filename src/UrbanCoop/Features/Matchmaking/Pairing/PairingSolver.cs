using Google.OrTools.Sat;

namespace UrbanCoop.Features.Matchmaking.Pairing;

/// <summary>
/// Chooses pairs of EU city i and partner city j (score[i, j] ≥ 0) so that each EU city has at most
/// <c>k</c> partners, each partner city at most <c>k</c> EU cities, and, lexicographically, first as many
/// EU cities as possible have at least one partner (the call's "one to k"), then the total score is
/// largest. CP-SAT proves the result optimal; the weight of a covered city exceeds any total score,
/// which makes the single objective lexicographic.
/// </summary>
internal static class PairingSolver
{
    public sealed record Result(IReadOnlyList<(int Eu, int Partner)> Pairs, int Covered, long Score, bool Optimal);

    public static Result Solve(int[,] score, int k, double seconds = 10)
    {
        int eu = score.GetLength(0), partners = score.GetLength(1);
        if (eu == 0 || partners == 0 || k < 1) return new([], 0, 0, true);
        var model = new CpModel();
        var x = new BoolVar[eu, partners];
        for (var i = 0; i < eu; i++)
            for (var j = 0; j < partners; j++)
                x[i, j] = model.NewBoolVar($"x{i}_{j}");
        var covered = new BoolVar[eu];
        for (var i = 0; i < eu; i++)
        {
            var row = Enumerable.Range(0, partners).Select(j => (ILiteral)x[i, j]).ToArray();
            model.Add(LinearExpr.Sum(row.Cast<BoolVar>()) <= k);
            covered[i] = model.NewBoolVar($"covered{i}");
            model.AddBoolOr(row).OnlyEnforceIf(covered[i]);
        }
        for (var j = 0; j < partners; j++)
            model.Add(LinearExpr.Sum(Enumerable.Range(0, eu).Select(i => x[i, j])) <= k);

        long total = 0;
        foreach (var s in score) total += Math.Max(0, s);
        var coverWeight = total + 1;
        var terms = new List<LinearExpr>();
        for (var i = 0; i < eu; i++)
        {
            terms.Add(coverWeight * covered[i]);
            for (var j = 0; j < partners; j++) terms.Add(score[i, j] * x[i, j]);
        }
        model.Maximize(LinearExpr.Sum(terms));

        var solver = new CpSolver
        {
            StringParameters = $"num_workers:2,max_time_in_seconds:{seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        };
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) return new([], 0, 0, false);
        var pairs = new List<(int, int)>();
        long chosen = 0;
        for (var i = 0; i < eu; i++)
            for (var j = 0; j < partners; j++)
                if (solver.BooleanValue(x[i, j]))
                {
                    pairs.Add((i, j));
                    chosen += score[i, j];
                }
        var coveredCount = pairs.Select(p => p.Item1).Distinct().Count();
        return new(pairs, coveredCount, chosen, status == CpSolverStatus.Optimal);
    }
}
