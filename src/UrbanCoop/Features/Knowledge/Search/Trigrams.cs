namespace UrbanCoop.Features.Knowledge.Search;

/// <summary>
/// Word similarity as PostgreSQL's pg_trgm computes it (shared trigrams of the word padded with two
/// spaces before and one after, over all distinct trigrams), so both providers pick the same correction.
/// </summary>
public static class Trigrams
{
    public static HashSet<string> Of(string word)
    {
        var padded = "  " + word.ToLowerInvariant() + " ";
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++) set.Add(padded.Substring(i, 3));
        return set;
    }

    public static double Similarity(string a, string b)
    {
        var x = Of(a);
        var y = Of(b);
        var shared = x.Count(y.Contains);
        return shared == 0 ? 0 : (double)shared / (x.Count + y.Count - shared);
    }
}
