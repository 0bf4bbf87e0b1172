using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Programmes;

public static class ListProgrammes
{
    public sealed record Query(int Page = 1, int PageSize = 20, string? Sort = null, string? Q = null, string? Region = null);

    public sealed record Item(
        int Id, string Name, string? Acronym, string? Funder, IReadOnlyList<string> WorldRegions,
        DateOnly? StartsOn, DateOnly? EndsOn, int Partnerships);

    public static readonly SortKeys<Programme> Sorts = new SortKeys<Programme>("name", p => p.Id)
        .Add("name", p => p.Name)
        .Add("acronym", p => p.Acronym)
        .Add("funder", p => p.Funder)
        .Add("start", p => p.StartsOn)
        .Add("end", p => p.EndsOn)
        .Add("updated", p => p.UpdatedAt);

    public static async Task<Outcome<Paged<Item>>> HandleAsync(AppDbContext db, Query query, CancellationToken ct)
    {
        var programmes = db.Programmes.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim().ToLower();
            programmes = programmes.Where(p => p.Name.ToLower().Contains(text)
                || (p.Acronym != null && p.Acronym.ToLower().Contains(text))
                || (p.Funder != null && p.Funder.ToLower().Contains(text)));
        }
        if (!string.IsNullOrWhiteSpace(query.Region))
        {
            var region = query.Region.Trim().ToLower();
            programmes = programmes.Where(p => p.WorldRegions.Any(r => r.ToLower() == region));
        }

        var sorted = programmes.SortBy(query.Sort, Sorts);
        if (sorted is null) return Outcome<Paged<Item>>.Invalid("sort", Paging.UnknownSortMessage(Sorts));
        var page = await sorted
            .Select(p => new Item(p.Id, p.Name, p.Acronym, p.Funder, p.WorldRegions, p.StartsOn, p.EndsOn,
                db.Partnerships.Count(x => x.ProgrammeId == p.Id)))
            .ToPagedAsync(query.Page, query.PageSize, ct);
        return Outcome<Paged<Item>>.Ok(page);
    }
}
