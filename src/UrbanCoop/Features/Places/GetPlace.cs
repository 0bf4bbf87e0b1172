using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Agreements;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Features.People;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Places;

/// <summary>A place's profile: the place and what is attached to it.</summary>
public static class GetPlace
{
    public sealed record Profile(
        int Id, string Name, PlaceKind Kind, string CountryCode, string Country, string WorldRegion, string? LocalName,
        string? LocalNameLanguage, IReadOnlyList<string> Aliases, Link? Parent, IReadOnlyList<Link> Children,
        long? Population, int? PopulationYear, string? PopulationSource, double? AreaKm2, int? AreaYear,
        double? Latitude, double? Longitude, string? TimeZone, string? Summary, int Version, DateTime UpdatedAt,
        IReadOnlyList<PartnershipLink> Partnerships, int ActivityCount, IReadOnlyList<ActivityLink> Activities,
        IReadOnlyList<Link> Organisations, IReadOnlyList<AgreementLink> Agreements, IReadOnlyList<PersonLink> People);

    public sealed record Link(int Id, string Name);
    public sealed record PartnershipLink(int Id, string Name, PartnershipStatus Status, DateOnly? Since);
    public sealed record ActivityLink(int Id, string Title, ActivityKind Kind, DateTime StartsAt, DateTime EndsAt, string TimeZone, bool AllDay, ActivityStatus Status);
    public sealed record AgreementLink(int Id, string Title, AgreementKind Kind, DateOnly? SignedOn);
    public sealed record PersonLink(int Id, string Name, string Position, string Organisation);

    private const int ListLimit = 100;
    private const int TimelineLimit = 20;

    public static async Task<Outcome<Profile>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var place = await db.Places.AsNoTracking().Include(p => p.Parent).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (place is null) return Outcome<Profile>.NotFound($"There is no place {id}.");

        var children = await db.Places.AsNoTracking().Where(p => p.ParentId == id).OrderBy(p => p.Name)
            .Select(p => new Link(p.Id, p.Name)).Take(ListLimit).ToListAsync(ct);
        var partnerships = await db.Partnerships.AsNoTracking().Where(x => x.Members.Any(m => m.PlaceId == id))
            .OrderByDescending(x => x.Since).Select(x => new PartnershipLink(x.Id, x.Name, x.Status, x.Since)).ToListAsync(ct);
        // From the place's links to its activities, so the planner starts at the PlaceId index, not at every activity by date.
        var activityLinks = db.Set<ActivityPlace>().Where(l => l.PlaceId == id);
        var activityCount = await activityLinks.CountAsync(ct);
        var activities = await activityLinks
            .Join(db.Activities, l => l.ActivityId, a => a.Id, (l, a) => a)
            .OrderByDescending(a => a.StartsAt).Take(TimelineLimit)
            .Select(a => new ActivityLink(a.Id, a.Title, a.Kind, a.StartsAt, a.EndsAt, a.TimeZone, a.AllDay, a.Status)).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.PlaceId == id).OrderBy(o => o.Name)
            .Take(ListLimit).Select(o => new Link(o.Id, o.Name)).ToListAsync(ct);
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.Parties.Any(p => p.PlaceId == id || (p.Organisation != null && p.Organisation.PlaceId == id)))
            .OrderByDescending(a => a.SignedOn).Take(ListLimit)
            .Select(a => new AgreementLink(a.Id, a.Title, a.Kind, a.SignedOn)).ToListAsync(ct);
        var people = await db.Positions.AsNoTracking().Where(p => p.Organisation!.PlaceId == id && p.Until == null)
            .Join(db.People, pos => pos.PersonId, person => person.Id, (pos, person) => new { pos, person })
            .OrderBy(x => x.person.FamilyName).Take(ListLimit)
            .Select(x => new { x.person.Id, x.person.GivenName, x.person.FamilyName, x.person.FamilyNameFirst, x.pos.Title, Org = x.pos.Organisation!.Name })
            .ToListAsync(ct);

        return Outcome<Profile>.Ok(new Profile(
            place.Id, place.Name, place.Kind, place.CountryCode, Countries.NameOf(place.CountryCode), Countries.WorldRegionOf(place.CountryCode),
            place.LocalName, place.LocalNameLanguage, place.Aliases, place.Parent is { } parent ? new Link(parent.Id, parent.Name) : null,
            children, place.Population, place.PopulationYear, place.PopulationSource, place.AreaKm2, place.AreaYear,
            place.Latitude, place.Longitude, place.TimeZone, place.Summary, place.Version, place.UpdatedAt,
            partnerships, activityCount, activities, organisations, agreements,
            [.. people.Select(p => new PersonLink(p.Id, PersonNames.Display(p.GivenName, p.FamilyName, p.FamilyNameFirst), p.Title, p.Org))]));
    }
}
