using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Matchmaking.Profiles;

/// <summary>An organisation's matchmaking profile; an empty one (version 0) when none is stored yet.</summary>
public static class GetProfile
{
    // No "Id" property: the API's write filter reads a response's Id as the record it is about, and this is the organisation's.
    public sealed record View(int OrganisationId, string OrganisationName, string? CountryCode, ProfileInput Profile);

    public static async Task<Outcome<View>> HandleAsync(AppDbContext db, int organisationId, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new { o.Name, CountryCode = o.Place == null ? null : o.Place.CountryCode }).FirstOrDefaultAsync(ct);
        if (organisation is null) return Outcome<View>.NotFound($"There is no organisation {organisationId}.");
        var profile = await db.MatchmakingProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == organisationId, ct);
        return Outcome<View>.Ok(new View(organisationId, organisation.Name, organisation.CountryCode,
            profile is null ? new ProfileInput() : ProfileInput.From(profile)));
    }
}
