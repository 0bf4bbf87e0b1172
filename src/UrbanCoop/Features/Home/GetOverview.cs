using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Agreements;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Home;

/// <summary>The programme at a glance: counts, the latest activities, the partnerships.</summary>
public static class GetOverview
{
    public sealed record Overview(
        IReadOnlyList<ProgrammeLine> Programmes, Counts Counts, IReadOnlyList<ActivityLine> LatestActivities,
        IReadOnlyList<PartnershipLine> Partnerships);

    public sealed record ProgrammeLine(int Id, string Name, string? Acronym, string? Funder, IReadOnlyList<string> WorldRegions);
    public sealed record Counts(int Partnerships, int Places, int Activities, int Participants, int Organisations, int Agreements, int PilotProjects);
    public sealed record ActivityLine(int Id, string Title, ActivityKind Kind, DateTime StartsAt, DateTime EndsAt, string TimeZone, bool AllDay, int? ParticipantCount);
    public sealed record PartnershipLine(
        int Id, string Name, PartnershipStatus Status, DateOnly? Since, string? Cluster, IReadOnlyList<string> Themes, IReadOnlyList<PlaceName> Places);
    public sealed record PlaceName(int Id, string Name, string? LocalName, string? LocalNameLanguage);

    public static async Task<Overview> HandleAsync(AppDbContext db, CancellationToken ct)
    {
        var programmes = await db.Programmes.AsNoTracking().OrderBy(p => p.StartsOn)
            .Select(p => new ProgrammeLine(p.Id, p.Name, p.Acronym, p.Funder, p.WorldRegions)).ToListAsync(ct);
        var counts = new Counts(
            await db.Partnerships.CountAsync(ct),
            await db.Places.CountAsync(ct),
            await db.Activities.CountAsync(ct),
            await db.Activities.SumAsync(a => a.ParticipantCount ?? 0, ct),
            await db.Organisations.CountAsync(ct),
            await db.Agreements.Where(a => a.Status != AgreementStatus.Draft).SumAsync(a => a.Quantity, ct),
            await db.PilotProjects.CountAsync(ct));
        var latest = await db.Activities.AsNoTracking().Where(a => a.ParentId == null).OrderByDescending(a => a.StartsAt).Take(8)
            .Select(a => new ActivityLine(a.Id, a.Title, a.Kind, a.StartsAt, a.EndsAt, a.TimeZone, a.AllDay, a.ParticipantCount)).ToListAsync(ct);
        var partnerships = await db.Partnerships.AsNoTracking().OrderBy(p => p.Name).Take(50)
            .Select(p => new PartnershipLine(p.Id, p.Name, p.Status, p.Since, p.Cluster != null ? p.Cluster.Name : null, p.Themes,
                p.Members.OrderBy(m => m.Side).ThenBy(m => m.Place!.Name)
                    .Select(m => new PlaceName(m.PlaceId, m.Place!.Name, m.Place.LocalName, m.Place.LocalNameLanguage)).ToList()))
            .ToListAsync(ct);
        return new(programmes, counts, latest, partnerships);
    }
}
