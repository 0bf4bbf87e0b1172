using System.Text;

namespace UrbanCoop.Features.Matchmaking.Recommendations;

/// <summary>TF-IDF vectors over a small corpus of profile texts, compared by cosine.</summary>
internal sealed class TextSimilarity
{
    private static readonly HashSet<string> StopWords =
    [
        "the", "and", "for", "with", "our", "are", "from", "that", "this", "into", "their", "its", "has", "have", "will",
        "can", "who", "all", "any", "also", "more", "other", "than", "such", "them", "they", "not", "but", "was", "were",
        "about", "between", "within", "through", "over", "under", "partner", "partners", "looking", "seek", "seeks", "offer", "offers",
    ];

    private readonly Dictionary<string, double> idf;

    public TextSimilarity(IEnumerable<string?> corpus)
    {
        var documents = corpus.Select(text => Terms(text).Distinct().ToList()).ToList();
        idf = documents.SelectMany(d => d).GroupBy(t => t)
            .ToDictionary(g => g.Key, g => Math.Log((1.0 + documents.Count) / (1.0 + g.Count())) + 1.0);
    }

    public Dictionary<string, double> Vector(string? text)
    {
        var vector = Terms(text).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count() * idf.GetValueOrDefault(g.Key, 1.0));
        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        foreach (var key in vector.Keys.ToList()) vector[key] /= norm;
        return vector;
    }

    public static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.Sum(p => large.TryGetValue(p.Key, out var w) ? p.Value * w : 0);
    }

    /// <summary>The terms two vectors share, heaviest first: what makes the texts similar.</summary>
    public static IReadOnlyList<string> SharedTerms(Dictionary<string, double> a, Dictionary<string, double> b, int count) =>
        [.. a.Where(p => b.ContainsKey(p.Key)).OrderByDescending(p => p.Value * b[p.Key]).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(count).Select(p => p.Key)];

    internal static IEnumerable<string> Terms(string? text)
    {
        var word = new StringBuilder();
        foreach (var c in (text ?? "").ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c)) { word.Append(c); continue; }
            if (word.Length >= 3 && !StopWords.Contains(word.ToString())) yield return Stem(word.ToString());
            word.Clear();
        }
    }

    // Just enough stemming that "parks" meets "park" and "cities" meets "city".
    private static string Stem(string word) => word switch
    {
        _ when word.EndsWith("ies") && word.Length > 4 => word[..^3] + "y",
        _ when word.EndsWith('s') && !word.EndsWith("ss") && word.Length > 3 => word[..^1],
        _ => word,
    };
}
