using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Agreements;

/// <summary>An agreement with its parties, the activity it was signed at and the partnerships it founded.</summary>
public static class GetAgreement
{
    public sealed record Details(
        int Id, string Title, AgreementKind Kind, AgreementStatus Status, DateOnly? SignedOn, int Quantity, ActivityLink? Activity,
        IReadOnlyList<ThemeLink> Themes, string? Summary, IReadOnlyList<ListAgreements.PartyLine> Parties,
        IReadOnlyList<Link> Partnerships, int Version, DateTime UpdatedAt);

    public sealed record Link(int Id, string Name);
    public sealed record ThemeLink(string Id, string Name);
    public sealed record ActivityLink(int Id, string Title, ActivityKind Kind, DateTime StartsAt, DateTime EndsAt, string TimeZone, bool AllDay);

    public static async Task<Outcome<Details>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var a = await db.Agreements.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return Outcome<Details>.NotFound($"There is no agreement {id}.");

        var activity = a.ActivityId is int activityId
            ? await db.Activities.AsNoTracking().Where(x => x.Id == activityId)
                .Select(x => new ActivityLink(x.Id, x.Title, x.Kind, x.StartsAt, x.EndsAt, x.TimeZone, x.AllDay)).FirstOrDefaultAsync(ct)
            : null;
        var parties = await db.Set<AgreementParty>().AsNoTracking().Where(p => p.AgreementId == id).OrderBy(p => p.Id)
            .Select(p => new ListAgreements.PartyLine(p.OrganisationId, p.Organisation != null ? p.Organisation.Name : null,
                p.PlaceId, p.Place != null ? p.Place.Name : null))
            .ToListAsync(ct);
        var partnerships = await db.Partnerships.AsNoTracking().Where(p => p.AgreementId == id).OrderBy(p => p.Name)
            .Select(p => new Link(p.Id, p.Name)).ToListAsync(ct);

        return Outcome<Details>.Ok(new Details(
            a.Id, a.Title, a.Kind, a.Status, a.SignedOn, a.Quantity, activity,
            [.. a.Themes.Select(t => new ThemeLink(t, Themes.NameOf(t)))], a.Summary, parties, partnerships, a.Version, a.UpdatedAt));
    }
}
