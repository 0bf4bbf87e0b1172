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

/// <summary>
/// A place's profile: the place and the first entries of what is attached to it, with how many there are in all
/// (each list page filtered by the place shows the rest).
/// </summary>
public static class GetPlace
{
    public sealed record Profile(
        int Id, string Name, PlaceKind Kind, string CountryCode, string Country, string WorldRegion, string? LocalName,
        string? LocalNameLanguage, IReadOnlyList<string> Aliases, Link? Parent, IReadOnlyList<Link> Children,
        long? Population, int? PopulationYear, string? PopulationSource, double? AreaKm2, int? AreaYear,
        double? Latitude, double? Longitude, string? TimeZone, string? Summary, int Version, DateTime UpdatedAt,
        IReadOnlyList<PartnershipLink> Partnerships, int ActivityCount, IReadOnlyList<ActivityLink> Activities,
        IReadOnlyList<Link> Organisations, IReadOnlyList<AgreementLink> Agreements, IReadOnlyList<PersonLink> People,
        int ChildCount, int PartnershipCount, int OrganisationCount, int AgreementCount, int PeopleCount);

    public sealed record Link(int Id, string Name);
    public sealed record PartnershipLink(int Id, string Name, PartnershipStatus Status, DateOnly? Since);
    public sealed record ActivityLink(int Id, string Title, ActivityKind Kind, DateTime StartsAt, DateTime EndsAt, string TimeZone, bool AllDay, ActivityStatus Status);
    public sealed record AgreementLink(int Id, string Title, AgreementKind Kind, DateOnly? SignedOn);
    public sealed record PersonLink(int Id, string Name, string Position, string Organisation);

    /// <summary>Entries shown per list; the counts say how many there are.</summary>
    public const int ListLimit = 20;

    public static async Task<Outcome<Profile>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var place = await HeaderOf.For(db)(db, id, ct);
        if (place is null) return Outcome<Profile>.NotFound($"There is no place {id}.");

        // Lists that the counts say are empty cost no query.
        var children = place.Children == 0 ? [] : await ChildrenOf.For(db)(db, id).ToListAsync(ct);
        var partnerships = place.Partnerships == 0 ? [] : await PartnershipsOf.For(db)(db, id).ToListAsync(ct);
        var activities = place.Activities == 0 ? [] : await ActivitiesOf.For(db)(db, id).ToListAsync(ct);
        var organisations = place.Organisations == 0 ? [] : await OrganisationsOf.For(db)(db, id).ToListAsync(ct);
        var agreements = place.Agreements == 0 ? [] : await AgreementsOf.For(db)(db, id).ToListAsync(ct);
        var people = place.People == 0 ? [] : await PeopleOf.For(db)(db, id).ToListAsync(ct);

        return Outcome<Profile>.Ok(new Profile(
            place.Id, place.Name, place.Kind, place.CountryCode, Countries.NameOf(place.CountryCode), Countries.WorldRegionOf(place.CountryCode),
            place.LocalName, place.LocalNameLanguage, place.Aliases, place.ParentId is int parentId ? new Link(parentId, place.ParentName!) : null,
            children, place.Population, place.PopulationYear, place.PopulationSource, place.AreaKm2, place.AreaYear,
            place.Latitude, place.Longitude, place.TimeZone, place.Summary, place.Version, place.UpdatedAt,
            partnerships, place.Activities, activities, organisations, agreements,
            [.. people.Select(p => new PersonLink(p.Id, PersonNames.Display(p.GivenName, p.FamilyName, p.FamilyNameFirst), p.Title, p.Organisation))],
            place.Children, place.Partnerships, place.Organisations, place.Agreements, place.People));
    }

    // The queries are compiled once: building a LINQ expression tree on every view and looking it up in EF Core's
    // query cache took about a third of the app's CPU time for this page (bench/README.md).

    private sealed record Header(
        int Id, string Name, PlaceKind Kind, string CountryCode, string? LocalName, string? LocalNameLanguage, List<string> Aliases,
        int? ParentId, string? ParentName, long? Population, int? PopulationYear, string? PopulationSource, double? AreaKm2, int? AreaYear,
        double? Latitude, double? Longitude, string? TimeZone, string? Summary, int Version, DateTime UpdatedAt,
        int Children, int Partnerships, int Activities, int Organisations, int Agreements, int People);

    private sealed record PersonRow(int Id, string GivenName, string FamilyName, bool FamilyNameFirst, string Title, string Organisation);

    /// <summary>
    /// One round trip for the place, its parent and every count. Each count matches the filter of the list page that
    /// the profile links to (places?parent=, partnerships?place=, ...), so "All N" is what that page shows.
    /// </summary>
    private static readonly CompiledQuery<Func<AppDbContext, int, CancellationToken, Task<Header?>>> HeaderOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int id, CancellationToken ct) => db.Places.AsNoTracking().Where(p => p.Id == id).Select(p => new Header(
            p.Id, p.Name, p.Kind, p.CountryCode, p.LocalName, p.LocalNameLanguage, p.Aliases,
            p.ParentId, p.Parent != null ? p.Parent.Name : null, p.Population, p.PopulationYear, p.PopulationSource, p.AreaKm2, p.AreaYear,
            p.Latitude, p.Longitude, p.TimeZone, p.Summary, p.Version, p.UpdatedAt,
            db.Places.Count(c => c.ParentId == id),
            db.PartnershipMembers.Count(m => m.PlaceId == id),
            db.Set<ActivityPlace>().Count(l => l.PlaceId == id),
            db.Organisations.Count(o => o.PlaceId == id),
            db.Agreements.Count(a => a.Parties.Any(x => x.PlaceId == id || (x.Organisation != null && x.Organisation.PlaceId == id))),
            db.Positions.Where(x => x.Organisation!.PlaceId == id).Select(x => x.PersonId).Distinct().Count()))
            .FirstOrDefault()));

    private static readonly CompiledQuery<Func<AppDbContext, int, IAsyncEnumerable<Link>>> ChildrenOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int id) => db.Places.AsNoTracking().Where(p => p.ParentId == id)
            .OrderBy(p => p.Name).ThenBy(p => p.Id).Take(ListLimit).Select(p => new Link(p.Id, p.Name))));

    private static readonly CompiledQuery<Func<AppDbContext, int, IAsyncEnumerable<PartnershipLink>>> PartnershipsOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int id) => db.Partnerships.AsNoTracking().Where(x => x.Members.Any(m => m.PlaceId == id))
            .OrderByDescending(x => x.Since).ThenBy(x => x.Id).Take(ListLimit)
            .Select(x => new PartnershipLink(x.Id, x.Name, x.Status, x.Since))));

    /// <summary>Newest first from the (PlaceId, StartsAt) index on the links, however many activities the place has.</summary>
    private static readonly CompiledQuery<Func<AppDbContext, int, IAsyncEnumerable<ActivityLink>>> ActivitiesOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int id) => db.Set<ActivityPlace>().Where(l => l.PlaceId == id)
            .Join(db.Activities, l => l.ActivityId, a => a.Id, (l, a) => new { l.StartsAt, l.ActivityId, a })
            .OrderByDescending(x => x.StartsAt).ThenBy(x => x.ActivityId).Take(ListLimit)
            .Select(x => new ActivityLink(x.a.Id, x.a.Title, x.a.Kind, x.a.StartsAt, x.a.EndsAt, x.a.TimeZone, x.a.AllDay, x.a.Status))));

    private static readonly CompiledQuery<Func<AppDbContext, int, IAsyncEnumerable<Link>>> OrganisationsOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int id) => db.Organisations.AsNoTracking().Where(o => o.PlaceId == id)
            .OrderBy(o => o.Name).ThenBy(o => o.Id).Take(ListLimit).Select(o => new Link(o.Id, o.Name))));

    private static readonly CompiledQuery<Func<AppDbContext, int, IAsyncEnumerable<AgreementLink>>> AgreementsOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int id) => db.Agreements.AsNoTracking()
            .Where(a => a.Parties.Any(p => p.PlaceId == id || (p.Organisation != null && p.Organisation.PlaceId == id)))
            .OrderByDescending(a => a.SignedOn).ThenBy(a => a.Id).Take(ListLimit)
            .Select(a => new AgreementLink(a.Id, a.Title, a.Kind, a.SignedOn))));

    /// <summary>Current positions, one line each.</summary>
    private static readonly CompiledQuery<Func<AppDbContext, int, IAsyncEnumerable<PersonRow>>> PeopleOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int id) => db.Positions.AsNoTracking().Where(p => p.Organisation!.PlaceId == id && p.Until == null)
            .Join(db.People, pos => pos.PersonId, person => person.Id, (pos, person) => new { pos, person })
            .OrderBy(x => x.person.FamilyName).ThenBy(x => x.person.GivenName).ThenBy(x => x.pos.Id).Take(ListLimit)
            .Select(x => new PersonRow(x.person.Id, x.person.GivenName, x.person.FamilyName, x.person.FamilyNameFirst, x.pos.Title, x.pos.Organisation!.Name))));
}
