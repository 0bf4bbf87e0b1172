using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Organisations;

public static class ListOrganisations
{
    public sealed record Query(
        int Page = 1, int PageSize = 20, string? Sort = null, string? Q = null, OrganisationKind? Kind = null,
        int? Place = null, string? Country = null, int? Parent = null);

    public sealed record Item(
        int Id, string Name, string? Acronym, OrganisationKind Kind, int? PlaceId, string? PlaceName, string? CountryCode,
        int? ParentId, string? ParentName);

    public static readonly SortKeys<Organisation> Sorts = new SortKeys<Organisation>("name", o => o.Id)
        .Add("name", o => o.Name)
        .Add("acronym", o => o.Acronym)
        .Add("kind", o => o.Kind)
        .Add("place", o => o.Place != null ? o.Place.Name : null)
        .Add("updated", o => o.UpdatedAt);

    public static async Task<Outcome<Paged<Item>>> HandleAsync(AppDbContext db, Query query, CancellationToken ct)
    {
        var organisations = db.Organisations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim().ToLower();
            organisations = organisations.Where(o => o.Name.ToLower().Contains(text)
                || (o.Acronym != null && o.Acronym.ToLower().Contains(text))
                || o.Aliases.Any(a => a.ToLower().Contains(text)));
        }
        if (query.Kind is OrganisationKind kind) organisations = organisations.Where(o => o.Kind == kind);
        if (query.Place is int place) organisations = organisations.Where(o => o.PlaceId == place);
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = query.Country.Trim().ToUpperInvariant();
            organisations = organisations.Where(o => o.Place != null && o.Place.CountryCode == country);
        }
        if (query.Parent is int parent) organisations = organisations.Where(o => o.ParentId == parent);

        var sorted = organisations.SortBy(query.Sort, Sorts);
        if (sorted is null) return Outcome<Paged<Item>>.Invalid("sort", Paging.UnknownSortMessage(Sorts));
        var page = await sorted
            .Select(o => new Item(o.Id, o.Name, o.Acronym, o.Kind, o.PlaceId, o.Place != null ? o.Place.Name : null,
                o.Place != null ? o.Place.CountryCode : null, o.ParentId, o.Parent != null ? o.Parent.Name : null))
            .ToPagedAsync(query.Page, query.PageSize, ct);
        return Outcome<Paged<Item>>.Ok(page);
    }
}
