namespace UrbanCoop.Features.Matchmaking.Recommendations;

public enum ReasonKind { OffersWhatYouSeek, SeeksWhatYouOffer, SharedTheme, SharedSector, SimilarText, PastCooperation }

/// <summary>Why a partner is recommended: the themes or terms behind it, or a count of shared records.</summary>
public sealed record Reason(ReasonKind Kind, IReadOnlyList<string> Items, double Weight);

/// <summary>The profile facts the scoring reads, for the organisation and for each candidate.</summary>
internal sealed record ProfileFacts(
    int OrganisationId, string Name, string? CountryCode, IReadOnlyList<string> Offers, IReadOnlyList<string> Seeks,
    IReadOnlyList<string> Sectors, IReadOnlyList<string> TargetCountries, string? OfferText, string? SeekText)
{
    // Themes are compared as themes; the text compares what the free descriptions say.
    public string Text => $"{OfferText} {SeekText}";
}

/// <summary>
/// Ranks organisations abroad as partners for one organisation. Weights: a candidate offering what the
/// organisation seeks counts most (3 a theme), the reverse 2, any other shared theme or sector 1, TF-IDF
/// cosine of the texts up to 4, and past cooperation 1 per shared activity or agreement, up to 3.
/// </summary>
internal static class PartnerScoring
{
    public sealed record Ranked(ProfileFacts Candidate, double Score, IReadOnlyList<Reason> Reasons);

    private const double TextThreshold = 0.08;

    public static IReadOnlyList<Ranked> Rank(ProfileFacts self, IReadOnlyList<ProfileFacts> candidates,
        IReadOnlyDictionary<int, int> sharedRecords, int limit)
    {
        var text = new TextSimilarity(candidates.Append(self).Select(c => c.Text));
        var selfVector = text.Vector(self.Text);
        var ranked = new List<Ranked>();
        foreach (var c in candidates.Where(c => IsAbroad(self, c)))
        {
            var reasons = new List<Reason>();
            var wanted = Common(self.Seeks, c.Offers);
            var offered = Common(self.Offers, c.Seeks);
            var themes = Common(self.Offers.Concat(self.Seeks), c.Offers.Concat(c.Seeks)).Except(wanted.Concat(offered), StringComparer.OrdinalIgnoreCase).ToList();
            var sectors = Common(self.Sectors, c.Sectors);
            if (wanted.Count > 0) reasons.Add(new(ReasonKind.OffersWhatYouSeek, wanted, 3.0 * wanted.Count));
            if (offered.Count > 0) reasons.Add(new(ReasonKind.SeeksWhatYouOffer, offered, 2.0 * offered.Count));
            if (themes.Count > 0) reasons.Add(new(ReasonKind.SharedTheme, themes, themes.Count));
            if (sectors.Count > 0) reasons.Add(new(ReasonKind.SharedSector, sectors, sectors.Count));
            var vector = text.Vector(c.Text);
            var cosine = TextSimilarity.Cosine(selfVector, vector);
            if (cosine >= TextThreshold)
                reasons.Add(new(ReasonKind.SimilarText, TextSimilarity.SharedTerms(selfVector, vector, 5), Math.Round(4 * cosine, 3)));
            if (sharedRecords.GetValueOrDefault(c.OrganisationId) is var shared and > 0)
                reasons.Add(new(ReasonKind.PastCooperation, [shared.ToString(System.Globalization.CultureInfo.InvariantCulture)], Math.Min(shared, 3)));
            if (reasons.Count > 0) ranked.Add(new(c, Math.Round(reasons.Sum(r => r.Weight), 3), reasons));
        }
        return [.. ranked.OrderByDescending(r => r.Score).ThenBy(r => r.Candidate.Name, StringComparer.Ordinal).Take(limit)];
    }

    // Abroad: another country than the organisation's, and one it targets when it names any.
    private static bool IsAbroad(ProfileFacts self, ProfileFacts candidate) =>
        candidate.OrganisationId != self.OrganisationId
        && candidate.CountryCode is not null && candidate.CountryCode != self.CountryCode
        && (self.TargetCountries.Count == 0 || self.TargetCountries.Contains(candidate.CountryCode));

    private static List<string> Common(IEnumerable<string> mine, IEnumerable<string> theirs)
    {
        var set = new HashSet<string>(theirs.Select(t => t.Trim()), StringComparer.OrdinalIgnoreCase);
        return [.. mine.Select(t => t.Trim()).Where(set.Contains).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
