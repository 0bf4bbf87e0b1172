using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using static UrbanCoop.Features.Knowledge.Search.SearchIndexWriter;

namespace UrbanCoop.Features.Knowledge.Search;

/// <summary>
/// One search over every kind of record: ranked hits with highlighted snippets and exact facet counts
/// over everything the query and filters match. Every term must match; when none does, any term may.
/// A word the index has never seen is replaced by the most similar one it has (a typo fix).
/// </summary>
public static class RunSearch
{
    public sealed record Results(
        string Query, string? CorrectedQuery, bool MatchedAllTerms, int Total, int Page, int PageSize, int TotalPages,
        IReadOnlyList<Hit> Items, IReadOnlyList<Facet> Facets);

    /// <summary><see cref="TitleHtml"/> and <see cref="Snippet"/> are HTML: encoded text with &lt;mark&gt; around matches.</summary>
    public sealed record Hit(string Kind, int Id, string Title, string TitleHtml, string Snippet, string Url, int? Year, double Score);

    private const int ExactNameBonus = 100;

    public sealed record Facet(string Name, IReadOnlyList<FacetValue> Values);
    public sealed record FacetValue(string Value, string Label, int Count, bool Selected);

    public static async Task<Outcome<Results>> HandleAsync(AppDbContext db, DatabaseProvider provider, SearchRequest request, bool allDrafts, CancellationToken ct)
    {
        var valid = request.Validate();
        if (!valid.Succeeded) return Outcome<Results>.Invalid(valid.Errors);
        var (q, filters, page, pageSize) = valid.Value!;
        var dialect = SearchDialect.For(provider);
        var terms = SearchQuery.Parse(q);
        var corrected = await SpellingCorrection.CorrectAsync(db, dialect, terms, ct);
        if (corrected is not null) terms = corrected;
        if (q.Length > 0 && terms.Count == 0)
            return Outcome<Results>.Ok(new Results(q, null, true, 0, page, pageSize, 0, [], []));

        var search = new Sql(db, dialect, terms, filters, allDrafts);
        var all = true;
        var facets = await search.FacetCountsAsync(any: false, ct);
        if (Total(facets) == 0 && terms.Count > 1)
        {
            all = false;
            facets = await search.FacetCountsAsync(any: true, ct);
        }
        var total = Total(facets);
        var hits = total > (page - 1) * pageSize ? await search.PageAsync(!all, page, pageSize, ct) : [];
        var programmes = await ProgrammeNamesAsync(db, facets, ct);
        return Outcome<Results>.Ok(new Results(q, corrected is null ? null : string.Join(' ', terms.Select(t => t.Text)), all, total, page, pageSize,
            (total + pageSize - 1) / pageSize, hits, Describe(facets, filters, programmes)));
    }

    private static int Total(List<(string Name, string Value, int Count)> facets) => facets.Where(f => f.Name == SearchFacets.Kind).Sum(f => f.Count);

    private static async Task<Dictionary<string, string>> ProgrammeNamesAsync(AppDbContext db, List<(string Name, string Value, int Count)> facets, CancellationToken ct)
    {
        var ids = facets.Where(f => f.Name == SearchFacets.Programme).Select(f => int.Parse(f.Value, CultureInfo.InvariantCulture)).ToList();
        if (ids.Count == 0) return [];
        return (await db.Programmes.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.Acronym }).ToListAsync(ct))
            .ToDictionary(p => p.Id.ToString(CultureInfo.InvariantCulture), p => p.Acronym ?? p.Name);
    }

    private static List<Facet> Describe(List<(string Name, string Value, int Count)> counts, IReadOnlyList<(string Facet, string Value)> filters, Dictionary<string, string> programmes) =>
    [
        .. SearchFacets.All.Select(name =>
        {
            var values = counts.Where(c => c.Name == name)
                .Select(c => new FacetValue(c.Value, Label(name, c.Value, programmes), c.Count, filters.Contains((name, c.Value))));
            values = name switch
            {
                SearchFacets.Year => values.OrderByDescending(v => v.Value, StringComparer.Ordinal),
                SearchFacets.Sdg => values.OrderBy(v => int.Parse(v.Value, CultureInfo.InvariantCulture)),
                _ => values.OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal),
            };
            return new Facet(name, [.. values]);
        }),
    ];

    private static string Label(string facet, string value, Dictionary<string, string> programmes) => facet switch
    {
        SearchFacets.Kind => Infrastructure.Web.Display.Words(SearchFacets.KindFrom(value)?.ToString() ?? value),
        SearchFacets.Theme => Themes.NameOf(value),
        SearchFacets.Sdg => $"{value}. {Reference.Sdgs.NameOf(int.Parse(value, CultureInfo.InvariantCulture))}",
        SearchFacets.Country => Countries.NameOf(value),
        SearchFacets.Programme => programmes.GetValueOrDefault(value, value),
        _ => value,
    };

    /// <summary>The SQL of one search: a common table of the matching, visible, filtered entries and two reads of it.</summary>
    private sealed class Sql(AppDbContext db, SearchDialect dialect, IReadOnlyList<QueryTerm> terms, IReadOnlyList<(string Facet, string Value)> filters, bool allDrafts)
    {
        public async Task<List<(string Name, string Value, int Count)>> FacetCountsAsync(bool any, CancellationToken ct)
        {
            await using var command = await CommandAsync(any, ct);
            command.CommandText += """ SELECT f."Name", f."Value", COUNT(*) FROM hits JOIN "SearchFacets" f ON f."EntryId" = hits.id GROUP BY f."Name", f."Value" """;
            var counts = new List<(string, string, int)>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) counts.Add((reader.GetString(0), reader.GetString(1), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
            return counts;
        }

        public async Task<List<Hit>> PageAsync(bool any, int page, int pageSize, CancellationToken ct)
        {
            await using var command = await CommandAsync(any, ct);
            command.CommandText +=
                $"""
                 SELECT e."Kind", e."RecordId", e."Title", e."Body", e."Url", e."Year", hits.score
                 FROM hits JOIN "SearchEntries" e ON e."Id" = hits.id
                 ORDER BY hits.score DESC, e."Year" DESC NULLS LAST, e."Title", e."Id"
                 LIMIT {Parameter(command, "take", pageSize)} OFFSET {Parameter(command, "skip", (page - 1) * pageSize)}
                 """;
            var hits = new List<Hit>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var title = reader.GetString(2);
                hits.Add(new Hit(reader.GetString(0), reader.GetInt32(1), title, Snippets.Highlight(title, terms), Snippets.Cut(reader.GetString(3), terms),
                    reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetInt32(5), Math.Round(reader.GetDouble(6), 6)));
            }
            return hits;
        }

        private async Task<DbCommand> CommandAsync(bool any, CancellationToken ct)
        {
            if (db.Database.GetDbConnection().State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
            var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            string matches;
            if (terms.Count == 0) matches = """SELECT "Id" AS id, CAST(0 AS double precision) AS score FROM "SearchEntries" """;
            else
            {
                Parameter(command, "match", dialect.MatchExpression(terms, any, titleOnly: false));
                matches = dialect.Matches();
            }
            var where = allDrafts ? "" : """ AND e."Published" = TRUE""";
            for (var i = 0; i < filters.Count; i++)
                where += $"""
                     AND EXISTS (SELECT 1 FROM "SearchFacets" f{i} WHERE f{i}."EntryId" = e."Id" AND f{i}."Name" = {Parameter(command, $"fn{i}", filters[i].Facet)} AND f{i}."Value" = {Parameter(command, $"fv{i}", filters[i].Value)})
                    """;
            // A query that is a whole name of a record (its title, local name or an alias) puts that record first.
            var name = Parameter(command, "name", "%|" + string.Join(' ', terms.Select(t => t.Text)) + "|%");
            command.CommandText = $"""
                WITH m AS ({matches}),
                hits AS (SELECT e."Id" AS id, m.score + CASE WHEN e."Names" LIKE {name} THEN {ExactNameBonus} ELSE 0 END AS score
                         FROM m JOIN "SearchEntries" e ON e."Id" = m.id WHERE 1 = 1{where})
                """;
            return command;
        }
    }
}
