using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using static UrbanCoop.Features.Knowledge.Search.SearchIndexWriter;

namespace UrbanCoop.Features.Knowledge.Search;

/// <summary>
/// Replaces each query word the index has never seen by the indexed word most similar to it (trigram
/// similarity at least <see cref="MinSimilarity"/>, as pg_trgm's default): "liuzhuo" becomes "liuzhou".
/// The provider finds candidates (pg_trgm index, FTS5 trigram table); the choice is made here, the same for both.
/// </summary>
public static class SpellingCorrection
{
    public const double MinSimilarity = 0.3;

    /// <summary>The corrected terms, or null when every word is known or has no close neighbour.</summary>
    public static async Task<IReadOnlyList<QueryTerm>?> CorrectAsync(Infrastructure.Database.AppDbContext db, SearchDialect dialect, IReadOnlyList<QueryTerm> terms, CancellationToken ct)
    {
        var candidates = terms.Where(t => !t.Prefix && IsVocabulary(t.Text)).Select(t => t.Text).Distinct().ToList();
        if (candidates.Count == 0) return null;
        var known = await db.SearchTerms.AsNoTracking().Where(t => candidates.Contains(t.Term)).Select(t => t.Term).ToListAsync(ct);
        var replacements = new Dictionary<string, string>();
        foreach (var unknown in candidates.Except(known))
            if (await ClosestAsync(db, dialect, unknown, ct) is { } closest) replacements[unknown] = closest;
        if (replacements.Count == 0) return null;
        return [.. terms.Select(t => replacements.TryGetValue(t.Text, out var fix) && !t.Prefix ? t with { Text = fix } : t).Distinct()];
    }

    private static async Task<string?> ClosestAsync(Infrastructure.Database.AppDbContext db, SearchDialect dialect, string word, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = dialect.SimilarTerms;
        var trigrams = dialect.TrigramsParameter(word);
        if (command.CommandText.Contains("@trigrams", StringComparison.Ordinal))
        {
            if (trigrams.Length == 0) return null;
            Parameter(command, "trigrams", trigrams);
        }
        else Parameter(command, "term", word);
        var found = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) found.Add(reader.GetString(0));
        return found.Select(f => (Term: f, Score: Trigrams.Similarity(f, word)))
            .Where(f => f.Score >= MinSimilarity)
            .OrderByDescending(f => f.Score).ThenBy(f => Math.Abs(f.Term.Length - word.Length)).ThenBy(f => f.Term, StringComparer.Ordinal)
            .Select(f => f.Term).FirstOrDefault();
    }
}
