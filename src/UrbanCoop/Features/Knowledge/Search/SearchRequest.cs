using System.Globalization;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Knowledge.Search;

/// <summary>The query string of a search, as typed; <see cref="Validate"/> names each bad value.</summary>
public sealed record SearchRequest(
    string? Q = null, string? Kind = null, string? Theme = null, string? Sdg = null, string? Country = null,
    string? Programme = null, string? Year = null, string? Page = null, string? PageSize = null)
{
    public const int DefaultPageSize = 20;

    /// <summary>The checked request: facet filters as (facet, value) pairs, in the order of <see cref="SearchFacets.All"/>.</summary>
    public sealed record Checked(string Q, IReadOnlyList<(string Facet, string Value)> Filters, int Page, int PageSize);

    public Outcome<Checked> Validate()
    {
        var errors = new FieldErrors();
        var q = Q?.Trim() ?? "";
        if (q.Length > SearchQuery.MaxLength) errors.Add("q", $"The query is {q.Length} characters long; at most {SearchQuery.MaxLength} are searched.");
        var filters = new List<(string, string)>();
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            if (SearchFacets.KindFrom(Kind) is { } kind) filters.Add((SearchFacets.Kind, SearchFacets.KindValue(kind)));
            else errors.Add("kind", $"Unknown kind '{Short(Kind)}'; use one of {string.Join(", ", SearchFacets.Kinds.Select(SearchFacets.KindValue))}.");
        }
        if (!string.IsNullOrWhiteSpace(Theme))
        {
            if (Themes.All.Any(t => t.Id == Theme.Trim())) filters.Add((SearchFacets.Theme, Theme.Trim()));
            else errors.Add("theme", $"Unknown theme '{Short(Theme)}'; use a theme id such as {Themes.All[0].Id}.");
        }
        if (!string.IsNullOrWhiteSpace(Sdg))
        {
            if (int.TryParse(Sdg, NumberStyles.None, CultureInfo.InvariantCulture, out var sdg) && Reference.Sdgs.Exists(sdg)) filters.Add((SearchFacets.Sdg, sdg.ToString(CultureInfo.InvariantCulture)));
            else errors.Add("sdg", $"'{Short(Sdg)}' is not an SDG: use a number from 1 to 17.");
        }
        if (!string.IsNullOrWhiteSpace(Country))
        {
            var code = Country.Trim().ToUpperInvariant();
            if (Countries.IsValid(code)) filters.Add((SearchFacets.Country, code));
            else errors.Add("country", $"'{Short(Country)}' is not a country: use a two-letter ISO 3166 code such as CN or IT.");
        }
        if (!string.IsNullOrWhiteSpace(Programme))
        {
            if (int.TryParse(Programme, NumberStyles.None, CultureInfo.InvariantCulture, out var programme)) filters.Add((SearchFacets.Programme, programme.ToString(CultureInfo.InvariantCulture)));
            else errors.Add("programme", $"'{Short(Programme)}' is not a programme id (a whole number).");
        }
        if (!string.IsNullOrWhiteSpace(Year))
        {
            if (int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200) filters.Add((SearchFacets.Year, year.ToString(CultureInfo.InvariantCulture)));
            else errors.Add("year", $"'{Short(Year)}' is not a year between 1900 and 2200.");
        }
        var page = Number("page", Page, 1, 1, 10_000, errors);
        var pageSize = Number("pageSize", PageSize, DefaultPageSize, 1, 100, errors);
        return errors.Any ? Outcome<Checked>.Invalid(errors.ToDictionary()) : Outcome<Checked>.Ok(new Checked(q, filters, page, pageSize));
    }

    private static int Number(string field, string? text, int fallback, int min, int max, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors.Add(field, $"'{Short(text)}' is not a valid {field}: use a whole number from {min} to {max}.");
        return fallback;
    }

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
