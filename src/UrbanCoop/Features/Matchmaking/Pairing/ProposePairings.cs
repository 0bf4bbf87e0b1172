using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Matchmaking.Recommendations;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Matchmaking.Pairing;

/// <summary>The pairings of a call that maximise total compatibility under its rules (see <see cref="PairingSolver"/>).</summary>
public static class ProposePairings
{
    public sealed record City(int PlaceId, string Name, string CountryCode, long? Population);
    public sealed record Pair(City Eu, City Partner, int Score, IReadOnlyList<string> SharedThemes, IReadOnlyList<string> ThemesMeetingChallenges, int TextPoints);
    public sealed record Ineligible(City City, string Reason);
    public sealed record Proposal(int CallId, string Title, int ProgrammeId, int MaxPartners, long? MinPopulation, int Applications,
        IReadOnlyList<Pair> Pairs, IReadOnlyList<City> Unpaired, IReadOnlyList<Ineligible> Ineligible, long TotalScore, bool Optimal);

    public static async Task<Outcome<Proposal>> HandleAsync(AppDbContext db, int callId, CancellationToken ct)
    {
        var call = await db.Calls.AsNoTracking().Include(c => c.Applications).ThenInclude(a => a.Place).FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null) return Outcome<Proposal>.NotFound($"There is no call {callId}.");

        var ineligible = new List<Ineligible>();
        var eligible = new List<CallApplication>();
        foreach (var a in call.Applications.OrderBy(a => a.Place!.Name, StringComparer.Ordinal))
        {
            if (call.MinPopulation is long min && (a.Place!.Population ?? 0) < min)
                ineligible.Add(new(CityOf(a), a.Place!.Population is null
                    ? $"no population on record (the call requires {min:N0})"
                    : $"population {a.Place.Population:N0} is below {min:N0}"));
            else eligible.Add(a);
        }
        var eu = eligible.Where(a => Countries.IsEu(a.Place!.CountryCode)).ToList();
        var partners = eligible.Where(a => !Countries.IsEu(a.Place!.CountryCode)).ToList();
        var text = new TextSimilarity(eligible.Select(a => a.Profile));
        var parts = new PairingScore.Parts[eu.Count, partners.Count];
        var score = new int[eu.Count, partners.Count];
        for (var i = 0; i < eu.Count; i++)
            for (var j = 0; j < partners.Count; j++)
                score[i, j] = (parts[i, j] = PairingScore.Of(eu[i], partners[j], text)).Total;

        var result = PairingSolver.Solve(score, call.MaxPartners);
        var pairs = result.Pairs.Select(p => (p.Eu, p.Partner, Parts: parts[p.Eu, p.Partner]))
            .Select(p => new Pair(CityOf(eu[p.Eu]), CityOf(partners[p.Partner]), p.Parts.Total, p.Parts.SharedThemes, p.Parts.ThemesMeetingChallenges, p.Parts.TextPoints))
            .OrderBy(p => p.Eu.Name, StringComparer.Ordinal).ThenByDescending(p => p.Score).ToList();
        var paired = result.Pairs.Select(p => p.Eu).ToHashSet();
        var unpaired = eu.Where((_, i) => !paired.Contains(i)).Select(CityOf).ToList();
        return Outcome<Proposal>.Ok(new(call.Id, call.Title, call.ProgrammeId, call.MaxPartners, call.MinPopulation, call.Applications.Count,
            pairs, unpaired, ineligible, result.Score, result.Optimal));
    }

    private static City CityOf(CallApplication a) => new(a.PlaceId, a.Place!.Name, a.Place.CountryCode, a.Place.Population);
}
