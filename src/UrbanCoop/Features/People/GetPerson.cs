using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Features.Documents;
using UrbanCoop.Features.Activities;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.People;

/// <summary>A person's profile: name, contact details, positions held and activities taken part in.</summary>
public static class GetPerson
{
    public sealed record Profile(
        int Id, string Name, string GivenName, string FamilyName, bool FamilyNameFirst, string? Honorific,
        string? Email, string? Phone, bool ContactConsent, bool ContactHidden, int Version, DateTime UpdatedAt,
        IReadOnlyList<PositionLink> Positions, IReadOnlyList<ActivityLink> Activities);

    public sealed record PositionLink(int OrganisationId, string Organisation, string Title, DateOnly? Since, DateOnly? Until, bool Current);
    public sealed record ActivityLink(
        int Id, string Title, ActivityKind Kind, ActivityStatus Status, DateTime StartsAt, DateTime EndsAt, string TimeZone, bool AllDay,
        string? Role, int? OrganisationId, string? Organisation);

    private const int ListLimit = 100;

    /// <summary>Contact details are personal data: they are left out unless <paramref name="viewer"/> may read them.</summary>
    public static async Task<Outcome<Profile>> HandleAsync(AppDbContext db, int id, ClaimsPrincipal viewer, EditScope scope, TimeProvider clock, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return Outcome<Profile>.NotFound($"There is no person {id}.");
        var showContact = viewer.Identity?.IsAuthenticated == true
            && (person.ContactConsent || await scope.CanEditAsync(viewer, RecordKind.Person, id, ct));

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var positions = await db.Positions.AsNoTracking().Where(p => p.PersonId == id)
            .OrderByDescending(p => p.Until == null).ThenByDescending(p => p.Since)
            .Select(p => new { p.OrganisationId, Organisation = p.Organisation!.Name, p.Title, p.Since, p.Until }).ToListAsync(ct);
        var activities = await db.Participants.AsNoTracking().Where(p => p.PersonId == id)
            .Join(db.Activities, p => p.ActivityId, a => a.Id, (p, a) => new { p, a })
            .OrderByDescending(x => x.a.StartsAt).Take(ListLimit)
            .Select(x => new ActivityLink(x.a.Id, x.a.Title, x.a.Kind, x.a.Status, x.a.StartsAt, x.a.EndsAt, x.a.TimeZone, x.a.AllDay,
                x.p.Role, x.p.OrganisationId, x.p.Organisation != null ? x.p.Organisation.Name : null))
            .ToListAsync(ct);

        return Outcome<Profile>.Ok(new Profile(
            person.Id, person.DisplayName, person.GivenName, person.FamilyName, person.FamilyNameFirst, person.Honorific,
            showContact ? person.Email : null, showContact ? person.Phone : null, person.ContactConsent,
            !showContact && (person.Email ?? person.Phone) is not null, person.Version, person.UpdatedAt,
            [.. positions.Select(p => new PositionLink(p.OrganisationId, p.Organisation, p.Title, p.Since, p.Until, p.Until is null || p.Until >= today))],
            activities));
    }
}
