using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.ActionPlans;

/// <summary>One version of an action plan with its themes named, and the partnership's other versions.</summary>
public static class GetActionPlan
{
    public sealed record Profile(
        int Id, string Title, Link Partnership, int VersionNumber, ActionPlanStatus Status, DateOnly? EndorsedOn,
        string? KeyFocus, string? KeyChallenges, string? MainObjective, string? ActivitiesAndOutputs, string? ExpectedResults,
        string? Contacts, IReadOnlyList<ThemeView> Themes, IReadOnlyList<VersionLink> Versions, int Version, DateTime UpdatedAt)
    {
        public bool IsLatest => Versions.Count == 0 || Versions[0].VersionNumber <= VersionNumber;
    }

    public sealed record Link(int Id, string Name);
    public sealed record ThemeView(
        string Title, string? ThemeId, string? ThemeName, string? Description, IReadOnlyList<Sdg> Sdgs, IReadOnlyList<UrbanAgendaPartnership> UrbanAgenda);
    public sealed record VersionLink(int Id, int VersionNumber, string Title, ActionPlanStatus Status, DateOnly? EndorsedOn);

    public static async Task<Outcome<Profile>> HandleAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var plan = await db.ActionPlans.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (plan is null) return Outcome<Profile>.NotFound($"There is no action plan {id}.");
        var partnership = await db.Partnerships.Where(p => p.Id == plan.PartnershipId).Select(p => p.Name).FirstAsync(ct);
        var versions = await db.ActionPlans.AsNoTracking().Where(a => a.PartnershipId == plan.PartnershipId)
            .OrderByDescending(a => a.VersionNumber)
            .Select(a => new VersionLink(a.Id, a.VersionNumber, a.Title, a.Status, a.EndorsedOn)).ToListAsync(ct);
        return Outcome<Profile>.Ok(new Profile(
            plan.Id, plan.Title, new Link(plan.PartnershipId, partnership), plan.VersionNumber, plan.Status, plan.EndorsedOn,
            plan.KeyFocus, plan.KeyChallenges, plan.MainObjective, plan.ActivitiesAndOutputs, plan.ExpectedResults, plan.Contacts,
            [.. plan.Themes.Select(View)], versions, plan.Version, plan.UpdatedAt));
    }

    private static ThemeView View(ActionPlanTheme t) => new(
        t.Title, t.ThemeId, t.ThemeId is null ? null : Themes.NameOf(t.ThemeId), t.Description,
        [.. t.Sdgs.Select(n => new Sdg(n, Sdgs.NameOf(n)))],
        [.. t.UrbanAgenda.Select(u => new UrbanAgendaPartnership(u, UrbanAgenda.NameOf(u)))]);
}
