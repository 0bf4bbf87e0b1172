using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.People;

public static class ListPeople
{
    public sealed record Query(int Page = 1, int PageSize = 20, string? Sort = null, string? Q = null, int? Organisation = null, int? Place = null);

    /// <summary>A line of the people list: no contact details here, those stay on the person's own page.</summary>
    public sealed record Item(
        int Id, string Name, string GivenName, string FamilyName, bool FamilyNameFirst, string? Honorific,
        IReadOnlyList<PositionLine> Positions);

    /// <summary>A position the person holds now (no end date).</summary>
    public sealed record PositionLine(int OrganisationId, string Organisation, string Title);

    public static readonly SortKeys<Person> Sorts = new SortKeys<Person>("name", p => p.Id)
        .Add("name", p => p.FamilyName)
        .Add("given", p => p.GivenName)
        .Add("updated", p => p.UpdatedAt);

    public static async Task<Outcome<Paged<Item>>> HandleAsync(AppDbContext db, Query query, CancellationToken ct)
    {
        var people = db.People.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q)) people = people.MatchingName(query.Q);
        if (query.Organisation is int organisation) people = people.Where(p => p.Positions.Any(x => x.OrganisationId == organisation));
        if (query.Place is int place) people = people.Where(p => p.Positions.Any(x => x.Organisation!.PlaceId == place));

        var sorted = people.SortBy(query.Sort, Sorts);
        if (sorted is null) return Outcome<Paged<Item>>.Invalid("sort", Paging.UnknownSortMessage(Sorts));
        var page = await sorted
            .Select(p => new Item(p.Id, "", p.GivenName, p.FamilyName, p.FamilyNameFirst, p.Honorific,
                p.Positions.Where(x => x.Until == null).OrderBy(x => x.Id)
                    .Select(x => new PositionLine(x.OrganisationId, x.Organisation!.Name, x.Title)).ToList()))
            .ToPagedAsync(query.Page, query.PageSize, ct);
        return Outcome<Paged<Item>>.Ok(page with
        {
            Items = [.. page.Items.Select(i => i with { Name = PersonNames.Display(i.GivenName, i.FamilyName, i.FamilyNameFirst) })],
        });
    }
}
