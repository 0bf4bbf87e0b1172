using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.PilotProjects;

/// <summary>A pilot project's profile: where it runs, who carries it out and how far it has come.</summary>
public static class GetPilotProject
{
    public sealed record Profile(
        int Id, string Title, Link Place, string CountryCode, string Country, Link? Partnership, Link? Programme,
        PilotProjectStatus Status, int Progress, string? Description, IReadOnlyList<ThemeLink> Themes, IReadOnlyList<SdgLink> Sdgs,
        IReadOnlyList<Link> Partners, IReadOnlyList<MilestoneLine> Milestones, int Version, DateTime UpdatedAt);

    public sealed record Link(int Id, string Name);
    public sealed record ThemeLink(string Id, string Name);
    public sealed record SdgLink(int Number, string Name);
    /// <summary>Overdue: due before today and not done.</summary>
    public sealed record MilestoneLine(string Title, DateOnly? DueOn, DateOnly? DoneOn, bool Overdue);

    public static async Task<Outcome<Profile>> HandleAsync(AppDbContext db, int id, TimeProvider clock, CancellationToken ct)
    {
        var project = await db.PilotProjects.AsNoTracking()
            .Include(p => p.Place).Include(p => p.Partnership).ThenInclude(x => x!.Programme)
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return Outcome<Profile>.NotFound($"There is no pilot project {id}.");

        var partners = await db.Set<PilotProjectPartner>().AsNoTracking().Where(x => x.PilotProjectId == id)
            .OrderBy(x => x.Organisation!.Name).Select(x => new Link(x.OrganisationId, x.Organisation!.Name)).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var place = project.Place!;
        var partnership = project.Partnership;

        return Outcome<Profile>.Ok(new Profile(
            project.Id, project.Title, new Link(place.Id, place.Name), place.CountryCode, Countries.NameOf(place.CountryCode),
            partnership is null ? null : new Link(partnership.Id, partnership.Name),
            partnership?.Programme is { } programme ? new Link(programme.Id, programme.Name) : null,
            project.Status, project.Progress, project.Description,
            [.. project.Themes.Select(t => new ThemeLink(t, Themes.NameOf(t)))],
            [.. project.Sdgs.Select(s => new SdgLink(s, Sdgs.NameOf(s)))],
            partners,
            [.. project.Milestones.Select(m => new MilestoneLine(m.Title, m.DueOn, m.DoneOn, m.DoneOn is null && m.DueOn < today))],
            project.Version, project.UpdatedAt));
    }
}
