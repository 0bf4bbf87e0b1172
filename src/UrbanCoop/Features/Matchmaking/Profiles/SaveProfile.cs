using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Matchmaking.Profiles;

/// <summary>Creates or updates an organisation's profile; a stale version is a conflict carrying the stored profile.</summary>
public static class SaveProfile
{
    public static async Task<Outcome<ProfileInput>> HandleAsync(AppDbContext db, int organisationId, ProfileInput input, CancellationToken ct)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
            return Outcome<ProfileInput>.NotFound($"There is no organisation {organisationId}.");
        var errors = input.Validate();
        if (errors.Any) return Outcome<ProfileInput>.Invalid(errors.ToDictionary());

        var profile = await db.MatchmakingProfiles.FirstOrDefaultAsync(p => p.OrganisationId == organisationId, ct);
        if ((profile?.Version ?? 0) != input.Version) return Stale(profile);
        if (profile is null) db.MatchmakingProfiles.Add(profile = new MatchmakingProfile { OrganisationId = organisationId });
        else db.ExpectVersion(profile, input.Version);
        input.ApplyTo(profile);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // someone saved (or created) the profile between our read and our write
            db.ChangeTracker.Clear();
            return Stale(await db.MatchmakingProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.OrganisationId == organisationId, ct));
        }
        return Outcome<ProfileInput>.Ok(ProfileInput.From(profile));
    }

    private static Outcome<ProfileInput> Stale(MatchmakingProfile? stored) => Outcome<ProfileInput>.Conflict(
        $"Someone else saved this profile (version {stored?.Version ?? 0}) after you opened it.",
        stored is null ? new ProfileInput() : ProfileInput.From(stored));
}
