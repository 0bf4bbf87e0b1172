using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.ActionPlans;

public static class ListActionPlans
{
    /// <param name="Latest">Only each partnership's latest version.</param>
    public sealed record Query(
        int Page = 1, int PageSize = 20, string? Sort = null, string? Q = null, int? Partnership = null, int? Programme = null,
        int? Place = null, string? Country = null, ActionPlanStatus? Status = null, string? Theme = null, int? Sdg = null, bool Latest = false);

    public sealed record Item(
        int Id, string Title, int VersionNumber, ActionPlanStatus Status, DateOnly? EndorsedOn, int PartnershipId, string Partnership,
        DateTime UpdatedAt);

    public static readonly SortKeys<ActionPlan> Sorts = new SortKeys<ActionPlan>("partnership", a => a.Id)
        .Add("partnership", a => a.Partnership!.Name)
        .Add("title", a => a.Title)
        .Add("version", a => a.VersionNumber)
        .Add("status", a => a.Status)
        .Add("endorsed", a => a.EndorsedOn)
        .Add("updated", a => a.UpdatedAt);

    public static async Task<Outcome<Paged<Item>>> HandleAsync(AppDbContext db, Query query, CancellationToken ct)
    {
        var plans = db.ActionPlans.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim().ToLower();
            plans = plans.Where(a => a.Title.ToLower().Contains(text) || a.Partnership!.Name.ToLower().Contains(text));
        }
        if (query.Partnership is int partnership) plans = plans.Where(a => a.PartnershipId == partnership);
        if (query.Programme is int programme) plans = plans.Where(a => a.Partnership!.ProgrammeId == programme);
        if (query.Place is int place) plans = plans.Where(a => a.Partnership!.Members.Any(m => m.PlaceId == place));
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = query.Country.Trim().ToUpperInvariant();
            plans = plans.Where(a => a.Partnership!.Members.Any(m => m.Place!.CountryCode == country));
        }
        if (query.Status is ActionPlanStatus status) plans = plans.Where(a => a.Status == status);
        if (!string.IsNullOrWhiteSpace(query.Theme))
        {
            var theme = query.Theme.Trim();
            plans = plans.Where(a => a.Themes.Any(t => t.ThemeId == theme));
        }
        if (query.Sdg is int sdg) plans = plans.Where(a => a.Themes.Any(t => t.Sdgs.Contains(sdg)));
        if (query.Latest)
            plans = plans.Where(a => !db.ActionPlans.Any(later => later.PartnershipId == a.PartnershipId && later.VersionNumber > a.VersionNumber));

        var sorted = plans.SortBy(query.Sort, Sorts);
        if (sorted is null) return Outcome<Paged<Item>>.Invalid("sort", Paging.UnknownSortMessage(Sorts));
        var page = await sorted
            .Select(a => new Item(a.Id, a.Title, a.VersionNumber, a.Status, a.EndorsedOn, a.PartnershipId, a.Partnership!.Name, a.UpdatedAt))
            .ToPagedAsync(query.Page, query.PageSize, ct);
        return Outcome<Paged<Item>>.Ok(page);
    }
}
