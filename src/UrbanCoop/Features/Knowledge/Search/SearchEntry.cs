namespace UrbanCoop.Features.Knowledge.Search;

/// <summary>
/// One searchable record as the search index holds it: the text shown in results, the same text
/// normalised into terms for the provider's full-text index, and the facet values it counts under.
/// Written only by <see cref="SearchIndexWriter"/>; the record itself stays the source of truth.
/// </summary>
public sealed class SearchEntry
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public int RecordId { get; set; }
    public required string Title { get; set; }
    /// <summary>Plain text the snippets are cut from.</summary>
    public required string Body { get; set; }
    /// <summary>Normalised terms of the title, local names and aliases (see <see cref="SearchText"/>).</summary>
    public required string TitleTerms { get; set; }
    public required string BodyTerms { get; set; }
    /// <summary>Each name (title, local name, alias) as query terms between bars, "|liuzhou|柳州|": a query that is a whole name ranks first.</summary>
    public required string Names { get; set; }
    public required string Url { get; set; }
    public int? Year { get; set; }
    /// <summary>False for drafts: only signed-in accounts find them.</summary>
    public bool Published { get; set; }
    public List<SearchFacet> Facets { get; set; } = [];
}

/// <summary>A facet value of an entry: kind, theme, sdg, country, programme or year.</summary>
public sealed class SearchFacet
{
    public long EntryId { get; set; }
    public required string Name { get; set; }
    public required string Value { get; set; }
}

/// <summary>A word seen in the index, for spelling correction of queries.</summary>
public sealed class SearchTerm
{
    public required string Term { get; set; }
}
