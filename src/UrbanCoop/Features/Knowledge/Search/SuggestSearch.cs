using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using UrbanCoop.Infrastructure.Database;
using static UrbanCoop.Features.Knowledge.Search.SearchIndexWriter;

namespace UrbanCoop.Features.Knowledge.Search;

/// <summary>Titles to offer while a query is typed: every word must start a word of a title (or local name, alias).</summary>
public static class SuggestSearch
{
    public const int Count = 8;

    public sealed record Suggestion(string Title, string TitleHtml, string Kind, string Url);

    public static async Task<IReadOnlyList<Suggestion>> HandleAsync(AppDbContext db, DatabaseProvider provider, string? q, bool allDrafts, CancellationToken ct)
    {
        if (q is null || q.Length > SearchQuery.MaxLength) return [];
        var terms = SearchQuery.Parse(q, lastIsPrefix: true);
        if (terms.Count == 0) return [];
        var dialect = SearchDialect.For(provider);
        if (db.Database.GetDbConnection().State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        Parameter(command, "match", dialect.MatchExpression(terms, any: false, titleOnly: true));
        // Names that begin with what was typed come first, shortest first: "Liuzh" offers Liuzhou before Liuzhou Municipal Government.
        var start = Parameter(command, "start", "%|" + string.Join(' ', terms.Select(t => t.Text)) + "%");
        command.CommandText =
            $"""
             WITH m AS ({dialect.Matches()})
             SELECT e."Title", e."Kind", e."Url" FROM m JOIN "SearchEntries" e ON e."Id" = m.id
             {(allDrafts ? "" : """WHERE e."Published" = TRUE""")}
             ORDER BY CASE WHEN e."Names" LIKE {start} THEN 0 ELSE 1 END, LENGTH(e."Title"), m.score DESC, e."Title", e."Id" LIMIT {Count}
             """;
        var suggestions = new List<Suggestion>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var title = reader.GetString(0);
            suggestions.Add(new Suggestion(title, Snippets.Highlight(title, terms), reader.GetString(1), reader.GetString(2)));
        }
        return suggestions;
    }
}
