using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Agreements;
using UrbanCoop.Features.People;
using UrbanCoop.Features.PilotProjects;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Organisations;

/// <summary>An organisation's profile: the organisation, its people and what it took part in.</summary>
public static class GetOrganisation
{
    public sealed record Profile(
        int Id, string Name, string? Acronym, IReadOnlyList<string> Aliases, OrganisationKind Kind, Link? Place,
        string? CountryCode, string? Country, Link? Parent, IReadOnlyList<Link> Children, string? Website, string? Description,
        int Version, DateTime UpdatedAt, IReadOnlyList<PersonLink> People, IReadOnlyList<ActivityLink> Activities,
        IReadOnlyList<AgreementLink> Agreements, IReadOnlyList<PilotProjectLink> PilotProjects);

    public sealed record Link(int Id, string Name);
    public sealed record PersonLink(int Id, string Name, string Title, DateOnly? Since, DateOnly? Until, bool Current);
    public sealed record ActivityLink(
        int Id, string Title, ActivityKind Kind, ActivityStatus Status, DateTime StartsAt, DateTime EndsAt, string TimeZone,
        bool AllDay, bool Organised, bool TookPart);
    public sealed record AgreementLink(int Id, string Title, AgreementKind Kind, AgreementStatus Status, DateOnly? SignedOn);
    public sealed record PilotProjectLink(int Id, string Title, PilotProjectStatus Status);

    private const int ListLimit = 100;

    public static async Task<Outcome<Profile>> HandleAsync(AppDbContext db, int id, TimeProvider clock, CancellationToken ct)
    {
        var o = await db.Organisations.AsNoTracking().Include(x => x.Place).Include(x => x.Parent).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null) return Outcome<Profile>.NotFound($"There is no organisation {id}.");

        var children = await db.Organisations.AsNoTracking().Where(x => x.ParentId == id).OrderBy(x => x.Name)
            .Take(ListLimit).Select(x => new Link(x.Id, x.Name)).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var positions = await db.Positions.AsNoTracking().Where(p => p.OrganisationId == id)
            .Join(db.People, pos => pos.PersonId, person => person.Id, (pos, person) => new { pos, person })
            .OrderBy(x => x.person.FamilyName).ThenBy(x => x.person.GivenName).ThenByDescending(x => x.pos.Since).Take(ListLimit)
            .Select(x => new { x.person.Id, x.person.GivenName, x.person.FamilyName, x.person.FamilyNameFirst, x.pos.Title, x.pos.Since, x.pos.Until })
            .ToListAsync(ct);
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.Organisers.Any(x => x.OrganisationId == id) || a.Participants.Any(x => x.OrganisationId == id))
            .OrderByDescending(a => a.StartsAt).Take(ListLimit)
            .Select(a => new ActivityLink(a.Id, a.Title, a.Kind, a.Status, a.StartsAt, a.EndsAt, a.TimeZone, a.AllDay,
                a.Organisers.Any(x => x.OrganisationId == id), a.Participants.Any(x => x.OrganisationId == id)))
            .ToListAsync(ct);
        var agreements = await db.Agreements.AsNoTracking().Where(a => a.Parties.Any(p => p.OrganisationId == id))
            .OrderByDescending(a => a.SignedOn).Take(ListLimit)
            .Select(a => new AgreementLink(a.Id, a.Title, a.Kind, a.Status, a.SignedOn)).ToListAsync(ct);
        var projects = await db.PilotProjects.AsNoTracking().Where(p => p.Partners.Any(x => x.OrganisationId == id))
            .OrderBy(p => p.Title).Take(ListLimit)
            .Select(p => new PilotProjectLink(p.Id, p.Title, p.Status)).ToListAsync(ct);

        var country = o.Place?.CountryCode;
        return Outcome<Profile>.Ok(new Profile(
            o.Id, o.Name, o.Acronym, o.Aliases, o.Kind, o.Place is { } place ? new Link(place.Id, place.Name) : null,
            country, country is null ? null : Countries.NameOf(country), o.Parent is { } parent ? new Link(parent.Id, parent.Name) : null,
            children, o.Website, o.Description, o.Version, o.UpdatedAt,
            [.. positions.Select(p => new PersonLink(p.Id, PersonNames.Display(p.GivenName, p.FamilyName, p.FamilyNameFirst), p.Title,
                p.Since, p.Until, p.Until is null || p.Until >= today))],
            activities, agreements, projects));
    }
}
