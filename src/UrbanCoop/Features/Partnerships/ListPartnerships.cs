using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

public static class ListPartnerships
{
    public sealed record Query(
        int Page = 1, int PageSize = 20, string? Sort = null, string? Q = null, int? Programme = null, int? Place = null,
        string? Theme = null, int? Sdg = null, string? Country = null, PartnershipStatus? Status = null, int? Cluster = null,
        DateOnly? From = null, DateOnly? To = null);

    public sealed record Item(
        int Id, string Name, PartnershipStatus Status, DateOnly? Since, int ProgrammeId, string Programme,
        int? ClusterId, string? Cluster, IReadOnlyList<string> Themes, IReadOnlyList<Member> Members);

    public sealed record Member(int PlaceId, string Name, string CountryCode, MemberSide Side);

    public static readonly SortKeys<Partnership> Sorts = new SortKeys<Partnership>("name", p => p.Id)
        .Add("name", p => p.Name)
        .Add("since", p => p.Since)
        .Add("status", p => p.Status)
        .Add("programme", p => p.Programme!.Name)
        .Add("cluster", p => p.Cluster!.Name)
        .Add("updated", p => p.UpdatedAt);

    public static async Task<Outcome<Paged<Item>>> HandleAsync(AppDbContext db, Query query, CancellationToken ct)
    {
        var partnerships = db.Partnerships.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim().ToLower();
            partnerships = partnerships.Where(p => p.Name.ToLower().Contains(text) || p.Members.Any(m => m.Place!.Name.ToLower().Contains(text)));
        }
        if (query.Programme is int programme) partnerships = partnerships.Where(p => p.ProgrammeId == programme);
        if (query.Place is int place) partnerships = partnerships.Where(p => p.Members.Any(m => m.PlaceId == place));
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = query.Country.Trim().ToUpperInvariant();
            partnerships = partnerships.Where(p => p.Members.Any(m => m.Place!.CountryCode == country));
        }
        if (query.Status is PartnershipStatus status) partnerships = partnerships.Where(p => p.Status == status);
        if (query.Cluster is int cluster) partnerships = partnerships.Where(p => p.ClusterId == cluster);
        if (query.From is DateOnly from) partnerships = partnerships.Where(p => p.Since >= from);
        if (query.To is DateOnly to) partnerships = partnerships.Where(p => p.Since <= to);
        if (!string.IsNullOrWhiteSpace(query.Theme))
        {
            var theme = query.Theme.Trim();
            partnerships = partnerships.Where(p => p.Themes.Contains(theme)
                || db.ActionPlans.Any(a => a.PartnershipId == p.Id && a.Themes.Any(t => t.ThemeId == theme)));
        }
        if (query.Sdg is int sdg)
            partnerships = partnerships.Where(p => db.ActionPlans.Any(a => a.PartnershipId == p.Id && a.Themes.Any(t => t.Sdgs.Contains(sdg))));

        var sorted = partnerships.SortBy(query.Sort, Sorts);
        if (sorted is null) return Outcome<Paged<Item>>.Invalid("sort", Paging.UnknownSortMessage(Sorts));
        var page = await sorted
            .Select(p => new Item(p.Id, p.Name, p.Status, p.Since, p.ProgrammeId, p.Programme!.Name, p.ClusterId,
                p.Cluster != null ? p.Cluster.Name : null, p.Themes,
                p.Members.OrderBy(m => m.Side).ThenBy(m => m.Place!.Name)
                    .Select(m => new Member(m.PlaceId, m.Place!.Name, m.Place.CountryCode, m.Side)).ToList()))
            .ToPagedAsync(query.Page, query.PageSize, ct);
        return Outcome<Paged<Item>>.Ok(page);
    }
}
