using UrbanCoop.Features.Matchmaking.Recommendations;

namespace UrbanCoop.Features.Matchmaking.Pairing;

/// <summary>
/// Compatibility of two applications, in whole points so that the optimum is exact: 10 per shared theme,
/// 6 per theme of one side that meets a challenge of the other, and up to 10 for similar profiles (TF-IDF cosine).
/// </summary>
internal static class PairingScore
{
    public sealed record Parts(IReadOnlyList<string> SharedThemes, IReadOnlyList<string> ThemesMeetingChallenges, int TextPoints)
    {
        public int Total => 10 * SharedThemes.Count + 6 * ThemesMeetingChallenges.Count + TextPoints;
    }

    public static Parts Of(CallApplication a, CallApplication b, TextSimilarity text)
    {
        var shared = Common(a.Themes, b.Themes);
        var meets = Common(a.Themes, b.Challenges).Concat(Common(b.Themes, a.Challenges)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var cosine = TextSimilarity.Cosine(text.Vector(a.Profile), text.Vector(b.Profile));
        return new(shared, meets, (int)Math.Round(10 * cosine));
    }

    private static List<string> Common(IEnumerable<string> a, IEnumerable<string> b)
    {
        var set = new HashSet<string>(b.Select(t => t.Trim()), StringComparer.OrdinalIgnoreCase);
        return [.. a.Select(t => t.Trim()).Where(set.Contains).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
