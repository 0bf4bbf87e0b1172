using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Matchmaking.Profiles;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Matchmaking.Recommendations;

/// <summary>Partner recommendations for an organisation with a profile: organisations abroad, best first, with reasons.</summary>
public static class ListRecommendations
{
    public sealed record Recommendation(int OrganisationId, string Name, string? CountryCode, string? Country, double Score, IReadOnlyList<Reason> Reasons);

    public static async Task<Outcome<IReadOnlyList<Recommendation>>> HandleAsync(AppDbContext db, int organisationId, int limit, CancellationToken ct)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
            return Outcome<IReadOnlyList<Recommendation>>.NotFound($"There is no organisation {organisationId}.");
        var profiles = await db.MatchmakingProfiles.AsNoTracking()
            .Select(p => new ProfileFacts(p.OrganisationId, p.Organisation!.Name, p.Organisation.Place == null ? null : p.Organisation.Place.CountryCode,
                p.Offers, p.Seeks, p.Sectors, p.TargetCountries, p.OfferText, p.SeekText))
            .ToListAsync(ct);
        var self = profiles.FirstOrDefault(p => p.OrganisationId == organisationId);
        if (self is null) return Outcome<IReadOnlyList<Recommendation>>.Ok([]);
        var shared = await SharedRecordsAsync(db, organisationId, ct);
        var ranked = PartnerScoring.Rank(self, profiles, shared, Math.Clamp(limit, 1, 100));
        return Outcome<IReadOnlyList<Recommendation>>.Ok([.. ranked.Select(r => new Recommendation(r.Candidate.OrganisationId, r.Candidate.Name,
            r.Candidate.CountryCode, r.Candidate.CountryCode is { } code ? Countries.NameOf(code) : null, r.Score, r.Reasons))]);
    }

    /// <summary>How many activities and agreements each other organisation shares with this one.</summary>
    private static async Task<Dictionary<int, int>> SharedRecordsAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.Organisers.Any(o => o.OrganisationId == id) || a.Participants.Any(p => p.OrganisationId == id))
            .Select(a => new { Organisers = a.Organisers.Select(o => o.OrganisationId).ToList(), Participants = a.Participants.Select(p => p.OrganisationId).ToList() })
            .AsSplitQuery().ToListAsync(ct);
        var agreements = await db.Agreements.AsNoTracking().Where(a => a.Parties.Any(p => p.OrganisationId == id))
            .Select(a => a.Parties.Select(p => p.OrganisationId).ToList()).ToListAsync(ct);
        return activities.Select(a => a.Organisers.Select(o => (int?)o).Concat(a.Participants).ToList()).Concat(agreements)
            .SelectMany(record => record.OfType<int>().Where(o => o != id).Distinct())
            .GroupBy(o => o).ToDictionary(g => g.Key, g => g.Count());
    }
}
