using UrbanCoop.Features.Documents;

namespace UrbanCoop.Features.Knowledge.Search;

/// <summary>
/// A record as search sees it. <see cref="OtherNames"/> (local names, aliases, acronyms) rank like the
/// title but are not shown; <see cref="Body"/> is the text snippets are cut from.
/// </summary>
public sealed record SearchDocument(
    RecordKind Kind, int RecordId, string Title, string OtherNames, string Body, int? Year, bool Published,
    IReadOnlyList<string> Themes, IReadOnlyList<int> Sdgs, IReadOnlyList<string> Countries, IReadOnlyList<int> Programmes)
{
    /// <summary>Bodies longer than this are cut for the index (snippets and terms alike).</summary>
    public const int MaxBody = 100_000;

    public string Url => LinkedRecords.Url(Kind, RecordId);

    /// <summary>The title and each other name as the terms a query for it would have, between bars.</summary>
    public string NamesKey()
    {
        var names = OtherNames.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Prepend(Title)
            .Select(n => string.Join(' ', SearchQuery.Parse(n).Select(t => t.Text))).Where(n => n.Length > 0).Distinct();
        var key = "|" + string.Join('|', names) + "|";
        return key.Length <= 2000 ? key : key[..(key.LastIndexOf('|', 1999) + 1)];
    }

    public IEnumerable<(string Name, string Value)> Facets()
    {
        yield return (SearchFacets.Kind, SearchFacets.KindValue(Kind));
        foreach (var theme in Themes.Distinct()) yield return (SearchFacets.Theme, theme);
        foreach (var sdg in Sdgs.Distinct()) yield return (SearchFacets.Sdg, sdg.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var country in Countries.Distinct()) yield return (SearchFacets.Country, country);
        foreach (var programme in Programmes.Distinct()) yield return (SearchFacets.Programme, programme.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Year is int year) yield return (SearchFacets.Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
