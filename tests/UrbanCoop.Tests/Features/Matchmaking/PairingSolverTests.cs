using UrbanCoop.Features.Matchmaking.Pairing;

namespace UrbanCoop.Tests.Features.Matchmaking;

public sealed class PairingSolverTests
{
    // Every subset of pairs that keeps both sides within k, scored (EU cities covered, total score): the lexicographic optimum.
    private static (int Covered, long Score) BruteForce(int[,] score, int k)
    {
        int eu = score.GetLength(0), partners = score.GetLength(1), n = eu * partners;
        var best = (Covered: 0, Score: 0L);
        for (var mask = 0; mask < 1 << n; mask++)
        {
            var rows = new int[eu];
            var columns = new int[partners];
            long total = 0;
            for (var b = 0; b < n; b++)
            {
                if ((mask & (1 << b)) == 0) continue;
                rows[b / partners]++;
                columns[b % partners]++;
                total += score[b / partners, b % partners];
            }
            if (rows.Any(r => r > k) || columns.Any(c => c > k)) continue;
            var covered = rows.Count(r => r > 0);
            if (covered > best.Covered || (covered == best.Covered && total > best.Score)) best = (covered, total);
        }
        return best;
    }

    [Fact]
    public void Matches_brute_force_on_many_small_random_instances()
    {
        var random = new Random(8);
        for (var round = 0; round < 60; round++)
        {
            int eu = random.Next(1, 5), partners = random.Next(1, 5), k = random.Next(1, 3);
            if (eu * partners > 16) partners = 16 / eu;
            var score = new int[eu, partners];
            for (var i = 0; i < eu; i++)
                for (var j = 0; j < partners; j++)
                    score[i, j] = random.Next(0, 4) == 0 ? 0 : random.Next(1, 40);
            var result = PairingSolver.Solve(score, k);
            var expected = BruteForce(score, k);
            Assert.True(result.Optimal);
            Assert.Equal(expected, (result.Covered, result.Score));
            Assert.All(result.Pairs.GroupBy(p => p.Eu), g => Assert.True(g.Count() <= k));
            Assert.All(result.Pairs.GroupBy(p => p.Partner), g => Assert.True(g.Count() <= k));
            Assert.Equal(result.Score, result.Pairs.Sum(p => (long)score[p.Eu, p.Partner]));
        }
    }

    [Fact]
    public void Gives_every_EU_city_a_partner_before_raising_the_total()
    {
        // Alone, EU city 0 would take partner 0 (score 50); the rules first give both EU cities one partner each.
        var score = new[,] { { 50, 10 }, { 40, 0 } };
        var result = PairingSolver.Solve(score, 1);
        Assert.Equal(2, result.Covered);
        Assert.Equal([(0, 1), (1, 0)], result.Pairs.OrderBy(p => p.Eu));
        Assert.Equal(50, result.Score);
    }
}
