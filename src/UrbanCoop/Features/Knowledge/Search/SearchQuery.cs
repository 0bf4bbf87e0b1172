namespace UrbanCoop.Features.Knowledge.Search;

/// <summary>A term to find: a folded word or CJK pair, or a prefix (the word being typed, a single CJK character).</summary>
public sealed record QueryTerm(string Text, bool Prefix);

/// <summary>
/// What the user typed, reduced to terms made only of letters and digits: query syntax (quotes, minus,
/// NOT, stars, brackets) is never passed to the database, it simply separates words.
/// </summary>
public static class SearchQuery
{
    public const int MaxLength = 500;
    public const int MaxTerms = 16;

    public static IReadOnlyList<QueryTerm> Parse(string? text, bool lastIsPrefix = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var terms = new List<QueryTerm>();
        var words = SearchText.Words(text).ToList();
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            var typing = lastIsPrefix && w == words.Count - 1 && word.Start + word.Length == text.TrimEnd().Length;
            if (word.Cjk)
            {
                if (word.Length == 1) terms.Add(new(text.Substring(word.Start, 1), true));
                else for (var k = 0; k + 1 < word.Length; k++) terms.Add(new(text.Substring(word.Start + k, 2), false));
            }
            else
            {
                terms.Add(new(SearchText.Fold(text.AsSpan(word.Start, word.Length)), typing));
            }
        }
        return [.. terms.DistinctBy(t => (t.Text, t.Prefix)).Take(MaxTerms)];
    }
}
