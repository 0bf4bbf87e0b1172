using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Places;

public static class ListPlaces
{
    public sealed record Query(
        int Page = 1, int PageSize = 20, string? Sort = null, string? Q = null, string? Country = null,
        PlaceKind? Kind = null, int? Programme = null, int? Parent = null);

    public sealed record Item(
        int Id, string Name, PlaceKind Kind, string CountryCode, string Country, string? LocalName,
        int? ParentId, string? ParentName, long? Population, double? AreaKm2);

    public static readonly SortKeys<Place> Sorts = new SortKeys<Place>("name", p => p.Id)
        .Add("name", p => p.Name)
        .Add("country", p => p.CountryCode)
        .Add("kind", p => p.Kind)
        .Add("population", p => p.Population)
        .Add("updated", p => p.UpdatedAt);

    public static async Task<Outcome<Paged<Item>>> HandleAsync(AppDbContext db, Query query, CancellationToken ct)
    {
        var places = db.Places.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim().ToLower();
            places = places.Where(p => p.Name.ToLower().Contains(text) || (p.LocalName != null && p.LocalName.Contains(text)));
        }
        if (!string.IsNullOrWhiteSpace(query.Country)) places = places.Where(p => p.CountryCode == query.Country.ToUpperInvariant());
        if (query.Kind is PlaceKind kind) places = places.Where(p => p.Kind == kind);
        if (query.Parent is int parent) places = places.Where(p => p.ParentId == parent);
        if (query.Programme is int programme)
            places = places.Where(p => db.PartnershipMembers.Any(m => m.PlaceId == p.Id && db.Partnerships.Any(x => x.Id == m.PartnershipId && x.ProgrammeId == programme)));

        var sorted = places.SortBy(query.Sort, Sorts);
        if (sorted is null) return Outcome<Paged<Item>>.Invalid("sort", Paging.UnknownSortMessage(Sorts));
        var page = await sorted
            .Select(p => new Item(p.Id, p.Name, p.Kind, p.CountryCode, p.CountryCode, p.LocalName, p.ParentId,
                p.Parent != null ? p.Parent.Name : null, p.Population, p.AreaKm2))
            .ToPagedAsync(query.Page, query.PageSize, ct);
        return Outcome<Paged<Item>>.Ok(page with { Items = [.. page.Items.Select(i => i with { Country = Countries.NameOf(i.CountryCode) })] });
    }
}
