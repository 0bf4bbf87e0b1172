using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Agreements;
using UrbanCoop.Features.Documents;
using UrbanCoop.Features.People;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Activities;

/// <summary>An activity with what it is part of, what happened in it and what came out of it.</summary>
public static class GetActivity
{
    /// <summary><see cref="StartsAt"/>/<see cref="EndsAt"/> are UTC; the Local pair is the wall clock in <see cref="TimeZone"/>.</summary>
    public sealed record Details(
        int Id, string Title, ActivityKind Kind, ActivityStatus Status, Link Programme, Link? Partnership, ActivityLink? Parent,
        IReadOnlyList<ActivityLink> Children, DateTime StartsAt, DateTime EndsAt, DateTime StartsLocal, DateTime EndsLocal,
        string TimeZone, bool AllDay, string? Venue, bool Online, string? OnlineUrl, int? ParticipantCount, string? Summary,
        IReadOnlyList<string> Themes, IReadOnlyList<int> Sdgs, IReadOnlyList<Link> Places, IReadOnlyList<Link> Organisers,
        IReadOnlyList<ParticipantLink> Participants, IReadOnlyList<AgendaLine> Agenda, IReadOnlyList<OutcomeLine> Outcomes,
        IReadOnlyList<LinkedDocument> Documents, IReadOnlyList<AgreementLink> Agreements, int Version, DateTime UpdatedAt);

    public sealed record Link(int Id, string Name);
    public sealed record ActivityLink(int Id, string Title, ActivityKind Kind, ActivityStatus Status, DateTime StartsAt, DateTime EndsAt, string TimeZone, bool AllDay);
    public sealed record ParticipantLink(Link? Person, Link? Organisation, string? Role);
    public sealed record LinkedDocument(int Id, string Title, DocumentKind Kind, string? FileName);
    public sealed record AgreementLink(int Id, string Title, AgreementKind Kind, AgreementStatus Status, DateOnly? SignedOn);

    private const int ListLimit = 200;

    public static async Task<Outcome<Details>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var a = await db.Activities.AsNoTracking().Include(x => x.Programme).Include(x => x.Partnership).Include(x => x.Parent)
            .Include(x => x.Places).ThenInclude(p => p.Place).Include(x => x.Organisers).ThenInclude(o => o.Organisation)
            .Include(x => x.Participants).ThenInclude(p => p.Person).Include(x => x.Participants).ThenInclude(p => p.Organisation)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return Outcome<Details>.NotFound($"There is no activity {id}.");

        var children = await db.Activities.AsNoTracking().Where(x => x.ParentId == id).OrderBy(x => x.StartsAt).ThenBy(x => x.Id).Take(ListLimit)
            .Select(x => new ActivityLink(x.Id, x.Title, x.Kind, x.Status, x.StartsAt, x.EndsAt, x.TimeZone, x.AllDay)).ToListAsync(ct);
        var documents = await db.DocumentLinks.AsNoTracking().Where(l => l.RecordKind == RecordKind.Activity && l.RecordId == id)
            .Join(db.Documents, l => l.DocumentId, d => d.Id, (l, d) => d).OrderBy(d => d.Title).Take(ListLimit)
            .Select(d => new LinkedDocument(d.Id, d.Title, d.Kind, d.FileName)).ToListAsync(ct);
        var agreements = await db.Agreements.AsNoTracking().Where(x => x.ActivityId == id).OrderBy(x => x.Title).Take(ListLimit)
            .Select(x => new AgreementLink(x.Id, x.Title, x.Kind, x.Status, x.SignedOn)).ToListAsync(ct);

        var input = ActivityInput.From(a);
        return Outcome<Details>.Ok(new Details(
            a.Id, a.Title, a.Kind, a.Status, new Link(a.ProgrammeId, a.Programme!.Name),
            a.Partnership is { } partnership ? new Link(partnership.Id, partnership.Name) : null,
            a.Parent is { } parent ? Of(parent) : null, [.. children.Select(c => c with { StartsAt = Utc(c.StartsAt), EndsAt = Utc(c.EndsAt) })],
            Utc(a.StartsAt), Utc(a.EndsAt), Display.ToLocal(a.StartsAt, a.TimeZone), Display.ToLocal(a.EndsAt, a.TimeZone),
            a.TimeZone, a.AllDay, a.Venue, a.Online, a.OnlineUrl, a.ParticipantCount, a.Summary, a.Themes, a.Sdgs,
            [.. a.Places.Select(p => new Link(p.PlaceId, p.Place!.Name)).OrderBy(p => p.Name)],
            [.. a.Organisers.Select(o => new Link(o.OrganisationId, o.Organisation!.Name)).OrderBy(o => o.Name)],
            [.. a.Participants.OrderBy(p => p.Id).Select(p => new ParticipantLink(
                p.Person is { } person ? new Link(person.Id, person.DisplayName) : null,
                p.Organisation is { } organisation ? new Link(organisation.Id, organisation.Name) : null, p.Role))],
            input.Agenda, input.Outcomes, documents, agreements, a.Version, Utc(a.UpdatedAt)));
    }

    private static ActivityLink Of(Activity x) => new(x.Id, x.Title, x.Kind, x.Status, Utc(x.StartsAt), Utc(x.EndsAt), x.TimeZone, x.AllDay);

    // SQLite hands back unspecified kinds; the API should always say these are UTC.
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
