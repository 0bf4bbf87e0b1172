using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.ActionPlans;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Agreements;
using UrbanCoop.Features.PilotProjects;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

/// <summary>A partnership's profile: its members, plan, activities, pilot projects and agreements.</summary>
public static class GetPartnership
{
    public sealed record Profile(
        int Id, string Name, PartnershipStatus Status, DateOnly? Since, Link Programme, Link? Cluster,
        AgreementLink? Agreement, IReadOnlyList<string> Themes, string? Summary, int Version, DateTime UpdatedAt,
        IReadOnlyList<MemberLink> Members, GetActionPlan.Profile? ActionPlan,
        IReadOnlyList<ActivityLink> Activities, IReadOnlyList<PilotProjectLink> PilotProjects, IReadOnlyList<AgreementLink> Agreements,
        int ActivityCount);

    public sealed record Link(int Id, string Name);
    public sealed record MemberLink(int PlaceId, string Name, MemberSide Side, string CountryCode, string Country);
    public sealed record ActivityLink(int Id, string Title, ActivityKind Kind, DateTime StartsAt, DateTime EndsAt, string TimeZone, bool AllDay, ActivityStatus Status);
    public sealed record PilotProjectLink(int Id, string Title, PilotProjectStatus Status, int Progress, int PlaceId, string Place);
    public sealed record AgreementLink(int Id, string Title, AgreementKind Kind, AgreementStatus Status, DateOnly? SignedOn);

    private const int ListLimit = 200;
    /// <summary>The first activities, in date order; <see cref="Profile.ActivityCount"/> says how many there are.</summary>
    public const int ActivityLimit = 50;

    public static async Task<Outcome<Profile>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var p = await HeaderOf.For(db)(db, id, ct);
        if (p is null) return Outcome<Profile>.NotFound($"There is no partnership {id}.");

        var members = await MembersOf.For(db)(db, id).ToListAsync(ct);
        var memberIds = members.Select(m => m.PlaceId).ToList();
        var plan = p.LatestPlanId is int planId ? (await GetActionPlan.HandleAsync(db, planId, ct)).Value : null;
        var activities = p.ActivityCount == 0 ? [] : await ActivitiesOf.For(db)(db, id).ToListAsync(ct);
        var pilots = p.HasPilots ? await PilotsOf.For(db)(db, id).ToListAsync(ct) : [];
        var agreements = await AgreementsOf.For(db)(db, p.AgreementId, memberIds).ToListAsync(ct);

        return Outcome<Profile>.Ok(new Profile(
            p.Id, p.Name, p.Status, p.Since, new Link(p.ProgrammeId, p.Programme),
            p.ClusterId is int clusterId ? new Link(clusterId, p.Cluster!) : null,
            agreements.FirstOrDefault(a => a.Id == p.AgreementId), p.Themes, p.Summary, p.Version, p.UpdatedAt,
            [.. members.Select(m => m with { Country = Countries.NameOf(m.CountryCode) })], plan,
            activities, pilots, agreements, p.ActivityCount));
    }

    // Compiled once, as on the place profile (see CompiledQuery).

    private sealed record Header(
        int Id, string Name, PartnershipStatus Status, DateOnly? Since, int ProgrammeId, string Programme, int? ClusterId, string? Cluster,
        int? AgreementId, List<string> Themes, string? Summary, int Version, DateTime UpdatedAt, int? LatestPlanId, int ActivityCount, bool HasPilots);

    private static readonly CompiledQuery<Func<AppDbContext, int, CancellationToken, Task<Header?>>> HeaderOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int id, CancellationToken ct) => db.Partnerships.AsNoTracking().Where(x => x.Id == id).Select(x => new Header(
            x.Id, x.Name, x.Status, x.Since, x.ProgrammeId, x.Programme!.Name, x.ClusterId, x.Cluster != null ? x.Cluster.Name : null,
            x.AgreementId, x.Themes, x.Summary, x.Version, x.UpdatedAt,
            db.ActionPlans.Where(a => a.PartnershipId == id).OrderByDescending(a => a.VersionNumber).Select(a => (int?)a.Id).FirstOrDefault(),
            db.Activities.Count(a => a.PartnershipId == id),
            db.PilotProjects.Any(a => a.PartnershipId == id)))
            .FirstOrDefault()));

    private static readonly CompiledQuery<Func<AppDbContext, int, IAsyncEnumerable<MemberLink>>> MembersOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int id) => db.PartnershipMembers.AsNoTracking().Where(m => m.PartnershipId == id)
            .OrderBy(m => m.Side).ThenBy(m => m.Place!.Name)
            .Select(m => new MemberLink(m.PlaceId, m.Place!.Name, m.Side, m.Place.CountryCode, m.Place.CountryCode))));

    /// <summary>Straight from the (PartnershipId, StartsAt, Id) index.</summary>
    private static readonly CompiledQuery<Func<AppDbContext, int, IAsyncEnumerable<ActivityLink>>> ActivitiesOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int id) => db.Activities.AsNoTracking().Where(a => a.PartnershipId == id)
            .OrderBy(a => a.StartsAt).ThenBy(a => a.Id).Take(ActivityLimit)
            .Select(a => new ActivityLink(a.Id, a.Title, a.Kind, a.StartsAt, a.EndsAt, a.TimeZone, a.AllDay, a.Status))));

    private static readonly CompiledQuery<Func<AppDbContext, int, IAsyncEnumerable<PilotProjectLink>>> PilotsOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int id) => db.PilotProjects.AsNoTracking().Where(x => x.PartnershipId == id).OrderBy(x => x.Title).Take(ListLimit)
            .Select(x => new PilotProjectLink(x.Id, x.Title, x.Status, x.Progress, x.PlaceId, x.Place!.Name))));

    /// <summary>The joint declaration and every agreement a member city, or an organisation in one, is a party to.</summary>
    private static readonly CompiledQuery<Func<AppDbContext, int?, List<int>, IAsyncEnumerable<AgreementLink>>> AgreementsOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int? declarationId, List<int> memberIds) => db.Agreements.AsNoTracking()
            .Where(a => a.Id == declarationId || a.Parties.Any(x => (x.PlaceId != null && memberIds.Contains(x.PlaceId.Value))
                || (x.Organisation != null && x.Organisation.PlaceId != null && memberIds.Contains(x.Organisation.PlaceId.Value))))
            .OrderByDescending(a => a.SignedOn).ThenBy(a => a.Title).Take(ListLimit)
            .Select(a => new AgreementLink(a.Id, a.Title, a.Kind, a.Status, a.SignedOn))));
}
