using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Knowledge.Search;

/// <summary>
/// The provider-specific half of search: how entries matching the terms are found and scored, and
/// how spelling candidates are found. Terms are letters and digits only (<see cref="SearchQuery"/>),
/// and the match expression travels as a parameter, never spliced into the SQL.
/// </summary>
public abstract class SearchDialect
{
    public static SearchDialect For(DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres ? new PostgresSearch() : new SqliteSearch();

    /// <summary>SQL giving (id, score) of the entries matching <c>@match</c>; a higher score ranks first.</summary>
    public abstract string Matches();

    /// <summary>The <c>@match</c> value: every term (or any term) as the provider's query language spells it.</summary>
    public abstract string MatchExpression(IReadOnlyList<QueryTerm> terms, bool any, bool titleOnly);

    /// <summary>SQL giving up to 50 vocabulary terms that share trigrams with <c>@term</c>, with <c>@trigrams</c> for SQLite.</summary>
    public abstract string SimilarTerms { get; }
    public virtual string TrigramsParameter(string term) => "";

    /// <summary>SQL emptying the index, its facets and its vocabulary (with the provider's own copies).</summary>
    public virtual string Clear => """DELETE FROM "SearchFacets"; DELETE FROM "SearchEntries"; DELETE FROM "SearchTerms";""";
}

internal sealed class SqliteSearch : SearchDialect
{
    // The vocabulary's trigram copy has no delete trigger (terms are only removed all at once, here).
    public override string Clear => base.Clear + """ DELETE FROM "SearchTermTrigrams";""";

    public override string Matches() =>
        """SELECT rowid AS id, -bm25("SearchText", 8.0, 1.0) AS score FROM "SearchText" WHERE "SearchText" MATCH @match""";

    public override string MatchExpression(IReadOnlyList<QueryTerm> terms, bool any, bool titleOnly)
    {
        var phrases = string.Join(any ? " OR " : " AND ", terms.Select(t => "\"" + t.Text.Replace("\"", "\"\"") + "\"" + (t.Prefix ? "*" : "")));
        return titleOnly ? $"TitleTerms : ({phrases})" : phrases;
    }

    public override string SimilarTerms =>
        """SELECT "Term" FROM "SearchTermTrigrams" WHERE "SearchTermTrigrams" MATCH @trigrams ORDER BY rank LIMIT 50""";

    public override string TrigramsParameter(string term) =>
        string.Join(" OR ", Trigrams.Of(term).Select(t => t.Trim()).Where(t => t.Length == 3).Distinct().Select(t => "\"" + t.Replace("\"", "\"\"") + "\""));
}

internal sealed class PostgresSearch : SearchDialect
{
    public override string Matches() =>
        """SELECT "Id" AS id, CAST(ts_rank("Vector", CAST(@match AS tsquery), 1) AS double precision) AS score FROM "SearchEntries" WHERE "Vector" @@ CAST(@match AS tsquery)""";

    public override string MatchExpression(IReadOnlyList<QueryTerm> terms, bool any, bool titleOnly) =>
        string.Join(any ? " | " : " & ", terms.Select(t => Lexeme(t, titleOnly)));

    // 'term', 'term':* (prefix), 'term':A (title weight only), 'term':*A.
    private static string Lexeme(QueryTerm term, bool titleOnly)
    {
        var quoted = "'" + term.Text.Replace("\\", "\\\\").Replace("'", "''") + "'";
        var suffix = (term.Prefix ? "*" : "") + (titleOnly ? "A" : "");
        return suffix.Length == 0 ? quoted : quoted + ":" + suffix;
    }

    public override string SimilarTerms =>
        """SELECT "Term" FROM "SearchTerms" WHERE "Term" % @term ORDER BY similarity("Term", @term) DESC LIMIT 50""";
}
