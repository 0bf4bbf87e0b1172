using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using UrbanCoop.Features.Documents;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Knowledge.Search;

/// <summary>
/// Writes index entries with plain SQL on the context's connection and transaction (the provider's
/// full-text structures follow by trigger or generated column), in batches: one statement per
/// hundred entries, their facets and their new vocabulary.
/// </summary>
public sealed class SearchIndexWriter(AppDbContext db)
{
    private const int EntriesPerStatement = 100;

    public async Task DeleteAsync(RecordKind kind, IReadOnlyCollection<int> recordIds, CancellationToken ct)
    {
        foreach (var chunk in recordIds.Chunk(500))
        {
            await using var command = await CommandAsync(ct);
            var ids = string.Join(", ", chunk.Select((id, i) => Parameter(command, "r" + i, id)));
            var kindName = Parameter(command, "k", SearchFacets.KindValue(kind));
            command.CommandText =
                $"""
                 DELETE FROM "SearchFacets" WHERE "EntryId" IN (SELECT "Id" FROM "SearchEntries" WHERE "Kind" = {kindName} AND "RecordId" IN ({ids}));
                 DELETE FROM "SearchEntries" WHERE "Kind" = {kindName} AND "RecordId" IN ({ids});
                 """;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Replaces the entries of these documents' records.</summary>
    public async Task WriteAsync(IReadOnlyList<SearchDocument> documents, CancellationToken ct, bool replace = true)
    {
        if (replace)
            foreach (var kind in documents.GroupBy(d => d.Kind))
                await DeleteAsync(kind.Key, [.. kind.Select(d => d.RecordId)], ct);
        foreach (var chunk in documents.Chunk(EntriesPerStatement))
        {
            var ids = await InsertEntriesAsync(chunk, ct);
            await InsertFacetsAsync(chunk, ids, ct);
            await InsertTermsAsync(chunk, ct);
        }
    }

    private async Task<Dictionary<(string, int), long>> InsertEntriesAsync(SearchDocument[] chunk, CancellationToken ct)
    {
        await using var command = await CommandAsync(ct);
        var rows = new StringBuilder();
        for (var i = 0; i < chunk.Length; i++)
        {
            var d = chunk[i];
            if (i > 0) rows.Append(", ");
            rows.Append('(').AppendJoin(", ",
                Parameter(command, $"k{i}", SearchFacets.KindValue(d.Kind)), Parameter(command, $"r{i}", d.RecordId),
                Parameter(command, $"t{i}", d.Title.Length > 1000 ? d.Title[..1000] : d.Title), Parameter(command, $"b{i}", d.Body),
                Parameter(command, $"tt{i}", SearchText.Terms(d.Title + " " + d.OtherNames)), Parameter(command, $"bt{i}", SearchText.Terms(d.Body)), Parameter(command, $"n{i}", d.NamesKey()),
                Parameter(command, $"u{i}", d.Url), Parameter(command, $"y{i}", d.Year, System.Data.DbType.Int32), Parameter(command, $"p{i}", d.Published)).Append(')');
        }
        command.CommandText =
            $"""
             INSERT INTO "SearchEntries" ("Kind", "RecordId", "Title", "Body", "TitleTerms", "BodyTerms", "Names", "Url", "Year", "Published")
             VALUES {rows} RETURNING "Id", "Kind", "RecordId"
             """;
        var ids = new Dictionary<(string, int), long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids[(reader.GetString(1), reader.GetInt32(2))] = reader.GetInt64(0);
        return ids;
    }

    private async Task InsertFacetsAsync(SearchDocument[] chunk, Dictionary<(string, int), long> ids, CancellationToken ct)
    {
        var facets = chunk.SelectMany(d => d.Facets().Distinct().Select(f => (Id: ids[(SearchFacets.KindValue(d.Kind), d.RecordId)], f.Name, f.Value))).ToList();
        foreach (var part in facets.Chunk(1000))
        {
            await using var command = await CommandAsync(ct);
            var rows = string.Join(", ", part.Select((f, i) =>
                $"({Parameter(command, $"e{i}", f.Id)}, {Parameter(command, $"n{i}", f.Name)}, {Parameter(command, $"v{i}", f.Value.Length > 64 ? f.Value[..64] : f.Value)})"));
            command.CommandText = $"""INSERT INTO "SearchFacets" ("EntryId", "Name", "Value") VALUES {rows}""";
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private async Task InsertTermsAsync(SearchDocument[] chunk, CancellationToken ct)
    {
        var terms = chunk.SelectMany(d => SearchText.TermsOf(d.Title + " " + d.OtherNames + " " + d.Body))
            .Where(IsVocabulary).Distinct(StringComparer.Ordinal).ToList();
        foreach (var part in terms.Chunk(1000))
        {
            await using var command = await CommandAsync(ct);
            var rows = string.Join(", ", part.Select((t, i) => $"({Parameter(command, $"w{i}", t)})"));
            command.CommandText = $"""INSERT INTO "SearchTerms" ("Term") VALUES {rows} ON CONFLICT DO NOTHING""";
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Words worth correcting a typo into: four or more letters, no digits, no CJK.</summary>
    public static bool IsVocabulary(string term) => term.Length >= 4 && term.All(char.IsLetter) && !SearchText.IsCjk(term[0]);

    private async Task<DbCommand> CommandAsync(CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    internal static string Parameter(DbCommand command, string name, object? value, System.Data.DbType? type = null)
    {
        var parameter = command.CreateParameter();
        if (type is { } known) parameter.DbType = known;
        parameter.ParameterName = "@" + name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }
}
