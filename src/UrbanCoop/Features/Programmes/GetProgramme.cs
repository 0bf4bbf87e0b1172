using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Programmes;

/// <summary>A programme's profile: its facts, clusters, partnerships, figures and latest activities.</summary>
public static class GetProgramme
{
    public sealed record Profile(
        int Id, string Name, string? Acronym, string? Funder, string? Description, IReadOnlyList<string> WorldRegions,
        DateOnly? StartsOn, DateOnly? EndsOn, string? Website, int Version, DateTime UpdatedAt, Figures Figures,
        IReadOnlyList<ClusterLink> Clusters, IReadOnlyList<PartnershipLink> Partnerships, IReadOnlyList<ActivityLink> LatestActivities);

    /// <summary>What the programme's partnerships achieved; agreements count each MoU of a batch.</summary>
    public sealed record Figures(int Partnerships, int Activities, int Participants, int Agreements, int PilotProjects);
    public sealed record ClusterLink(int Id, string Name, int Partnerships);
    public sealed record PartnershipLink(int Id, string Name, PartnershipStatus Status, DateOnly? Since, int? ClusterId, string? Cluster);
    public sealed record ActivityLink(
        int Id, string Title, ActivityKind Kind, DateTime StartsAt, DateTime EndsAt, string TimeZone, bool AllDay, ActivityStatus Status, int? ParticipantCount);

    private const int ListLimit = 100;
    private const int LatestLimit = 10;

    public static async Task<Outcome<Profile>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null) return Outcome<Profile>.NotFound($"There is no programme {id}.");

        var clusters = await db.Clusters.AsNoTracking().Where(c => c.ProgrammeId == id).OrderBy(c => c.Name).Take(ListLimit)
            .Select(c => new ClusterLink(c.Id, c.Name, db.Partnerships.Count(p => p.ClusterId == c.Id))).ToListAsync(ct);
        var partnerships = await db.Partnerships.AsNoTracking().Where(p => p.ProgrammeId == id).OrderBy(p => p.Name).Take(ListLimit)
            .Select(p => new PartnershipLink(p.Id, p.Name, p.Status, p.Since, p.ClusterId, p.Cluster != null ? p.Cluster.Name : null))
            .ToListAsync(ct);
        var activities = db.Activities.AsNoTracking().Where(a => a.ProgrammeId == id);
        var latest = await activities.Where(a => a.ParentId == null).OrderByDescending(a => a.StartsAt).Take(LatestLimit)
            .Select(a => new ActivityLink(a.Id, a.Title, a.Kind, a.StartsAt, a.EndsAt, a.TimeZone, a.AllDay, a.Status, a.ParticipantCount))
            .ToListAsync(ct);
        var agreements = db.Agreements.AsNoTracking().Where(a =>
            (a.Activity != null && a.Activity.ProgrammeId == id) || db.Partnerships.Any(p => p.ProgrammeId == id && p.AgreementId == a.Id));
        var figures = new Figures(
            await db.Partnerships.CountAsync(p => p.ProgrammeId == id, ct),
            await activities.CountAsync(ct),
            await activities.SumAsync(a => a.ParticipantCount ?? 0, ct),
            await agreements.SumAsync(a => a.Quantity, ct),
            await db.PilotProjects.CountAsync(p => p.Partnership != null && p.Partnership.ProgrammeId == id, ct));

        return Outcome<Profile>.Ok(new Profile(
            programme.Id, programme.Name, programme.Acronym, programme.Funder, programme.Description, programme.WorldRegions,
            programme.StartsOn, programme.EndsOn, programme.Website, programme.Version, programme.UpdatedAt, figures,
            clusters, partnerships, latest));
    }
}
