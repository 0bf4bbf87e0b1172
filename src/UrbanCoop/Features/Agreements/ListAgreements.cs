using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Agreements;

public static class ListAgreements
{
    /// <summary><see cref="From"/> and <see cref="To"/> bound the signing date, both inclusive.</summary>
    public sealed record Query(
        int Page = 1, int PageSize = 20, string? Sort = null, string? Q = null, AgreementKind? Kind = null,
        AgreementStatus? Status = null, int? Place = null, int? Organisation = null, string? Theme = null,
        DateOnly? From = null, DateOnly? To = null, string? Country = null);

    public sealed record Item(
        int Id, string Title, AgreementKind Kind, AgreementStatus Status, DateOnly? SignedOn, int Quantity,
        int? ActivityId, string? ActivityTitle, IReadOnlyList<string> Themes, IReadOnlyList<PartyLine> Parties);

    /// <summary>A signatory: an organisation, a place, or (rarely) an organisation for a place.</summary>
    public sealed record PartyLine(int? OrganisationId, string? Organisation, int? PlaceId, string? Place);

    public static readonly SortKeys<Agreement> Sorts = new SortKeys<Agreement>("-signed", a => a.Id)
        .Add("title", a => a.Title)
        .Add("kind", a => a.Kind)
        .Add("status", a => a.Status)
        .Add("signed", a => a.SignedOn)
        .Add("quantity", a => a.Quantity)
        .Add("updated", a => a.UpdatedAt);

    public static async Task<Outcome<Paged<Item>>> HandleAsync(AppDbContext db, Query query, CancellationToken ct)
    {
        if (query.From is { } start && query.To is { } end && end < start)
            return Outcome<Paged<Item>>.Invalid("to", "The end of the date range is before its start.");
        var agreements = db.Agreements.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim().ToLower();
            agreements = agreements.Where(a => a.Title.ToLower().Contains(text) || (a.Summary != null && a.Summary.ToLower().Contains(text)));
        }
        if (query.Kind is AgreementKind kind) agreements = agreements.Where(a => a.Kind == kind);
        if (query.Status is AgreementStatus status) agreements = agreements.Where(a => a.Status == status);
        if (query.Organisation is int organisation) agreements = agreements.Where(a => a.Parties.Any(p => p.OrganisationId == organisation));
        if (query.Place is int place)
            agreements = agreements.Where(a => a.Parties.Any(p => p.PlaceId == place || (p.Organisation != null && p.Organisation.PlaceId == place)));
        if (!string.IsNullOrWhiteSpace(query.Theme))
        {
            var theme = query.Theme.Trim();
            agreements = agreements.Where(a => a.Themes.Contains(theme));
        }
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = query.Country.Trim().ToUpperInvariant();
            agreements = agreements.Where(a => a.Parties.Any(p => p.Place != null && p.Place.CountryCode == country));
        }
        if (query.From is { } since) agreements = agreements.Where(a => a.SignedOn >= since);
        if (query.To is { } until) agreements = agreements.Where(a => a.SignedOn <= until);

        var sorted = agreements.SortBy(query.Sort, Sorts);
        if (sorted is null) return Outcome<Paged<Item>>.Invalid("sort", Paging.UnknownSortMessage(Sorts));
        var page = await sorted
            .Select(a => new Item(a.Id, a.Title, a.Kind, a.Status, a.SignedOn, a.Quantity, a.ActivityId,
                a.Activity != null ? a.Activity.Title : null, a.Themes,
                a.Parties.OrderBy(p => p.Id).Select(p => new PartyLine(p.OrganisationId, p.Organisation != null ? p.Organisation.Name : null,
                    p.PlaceId, p.Place != null ? p.Place.Name : null)).ToList()))
            .ToPagedAsync(query.Page, query.PageSize, ct);
        return Outcome<Paged<Item>>.Ok(page);
    }
}
