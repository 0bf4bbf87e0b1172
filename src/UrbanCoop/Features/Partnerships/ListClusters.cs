using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

public static class ListClusters
{
    public sealed record Query(int Page = 1, int PageSize = 20, string? Sort = null, string? Q = null, int? Programme = null, string? Theme = null);

    public sealed record Item(int Id, string Name, int ProgrammeId, string Programme, IReadOnlyList<string> Themes, int Partnerships);

    public static readonly SortKeys<Cluster> Sorts = new SortKeys<Cluster>("name", c => c.Id)
        .Add("name", c => c.Name)
        .Add("programme", c => c.Programme!.Name)
        .Add("updated", c => c.UpdatedAt);

    public static async Task<Outcome<Paged<Item>>> HandleAsync(AppDbContext db, Query query, CancellationToken ct)
    {
        var clusters = db.Clusters.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim().ToLower();
            clusters = clusters.Where(c => c.Name.ToLower().Contains(text));
        }
        if (query.Programme is int programme) clusters = clusters.Where(c => c.ProgrammeId == programme);
        if (!string.IsNullOrWhiteSpace(query.Theme))
        {
            var theme = query.Theme.Trim();
            clusters = clusters.Where(c => c.Themes.Contains(theme));
        }

        var sorted = clusters.SortBy(query.Sort, Sorts);
        if (sorted is null) return Outcome<Paged<Item>>.Invalid("sort", Paging.UnknownSortMessage(Sorts));
        var page = await sorted
            .Select(c => new Item(c.Id, c.Name, c.ProgrammeId, c.Programme!.Name, c.Themes, db.Partnerships.Count(p => p.ClusterId == c.Id)))
            .ToPagedAsync(query.Page, query.PageSize, ct);
        return Outcome<Paged<Item>>.Ok(page);
    }
}
