using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.PilotProjects;

public static class ListPilotProjects
{
    public sealed record Query(
        int Page = 1, int PageSize = 20, string? Sort = null, string? Q = null, int? Programme = null, int? Partnership = null,
        int? Place = null, PilotProjectStatus? Status = null, string? Theme = null, int? Sdg = null, string? Country = null);

    public sealed record Item(
        int Id, string Title, int PlaceId, string Place, string CountryCode, int? PartnershipId, string? Partnership,
        PilotProjectStatus Status, int Progress, IReadOnlyList<string> Themes, IReadOnlyList<int> Sdgs);

    public static readonly SortKeys<PilotProject> Sorts = new SortKeys<PilotProject>("title", p => p.Id)
        .Add("title", p => p.Title)
        .Add("place", p => p.Place!.Name)
        .Add("partnership", p => p.Partnership!.Name)
        .Add("status", p => p.Status)
        .Add("progress", p => p.Progress)
        .Add("updated", p => p.UpdatedAt);

    public static async Task<Outcome<Paged<Item>>> HandleAsync(AppDbContext db, Query query, CancellationToken ct)
    {
        var projects = db.PilotProjects.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim().ToLower();
            projects = projects.Where(p => p.Title.ToLower().Contains(text) || (p.Description != null && p.Description.ToLower().Contains(text)));
        }
        if (query.Programme is int programme) projects = projects.Where(p => p.Partnership != null && p.Partnership.ProgrammeId == programme);
        if (query.Partnership is int partnership) projects = projects.Where(p => p.PartnershipId == partnership);
        if (query.Place is int place) projects = projects.Where(p => p.PlaceId == place);
        if (query.Status is PilotProjectStatus status) projects = projects.Where(p => p.Status == status);
        if (!string.IsNullOrWhiteSpace(query.Theme))
        {
            var theme = query.Theme.Trim();
            projects = projects.Where(p => p.Themes.Contains(theme));
        }
        if (query.Sdg is int sdg) projects = projects.Where(p => p.Sdgs.Contains(sdg));
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = query.Country.Trim().ToUpperInvariant();
            projects = projects.Where(p => p.Place!.CountryCode == country);
        }

        var sorted = projects.SortBy(query.Sort, Sorts);
        if (sorted is null) return Outcome<Paged<Item>>.Invalid("sort", Paging.UnknownSortMessage(Sorts));
        var page = await sorted
            .Select(p => new Item(p.Id, p.Title, p.PlaceId, p.Place!.Name, p.Place.CountryCode, p.PartnershipId,
                p.Partnership != null ? p.Partnership.Name : null, p.Status, p.Progress, p.Themes, p.Sdgs))
            .ToPagedAsync(query.Page, query.PageSize, ct);
        return Outcome<Paged<Item>>.Ok(page);
    }
}
