using System.Text.RegularExpressions;

namespace UrbanCoop.Features.Intake.Extraction;

/// <summary>
/// Organisations: capitalised phrases (with "of", "and", "&amp;" inside) headed by a word such as Bureau, University,
/// Commission or Group; a possessive place before them is kept ("Liuzhou’s Development and Reform Commission" →
/// "Liuzhou Development and Reform Commission"); roles before "of" are cut off. Entries of presentation-file lists
/// that are neither people nor places are organisations too ("Hanzhou ShuliangTech", "Coordinamento FREE").
/// </summary>
public sealed partial class OrganisationFinder(Gazetteer gazetteer)
{
    public sealed record Found(ExtractedOrganisation Organisation, string Written);

    public List<Found> Find(DocumentModel doc, PeopleFinder people, IEnumerable<string> personSpellings)
    {
        var skip = personSpellings.Select(Gazetteer.Fold).ToHashSet();
        var found = new List<Found>();
        foreach (var sentence in doc.Sentences)
        {
            if (sentence == doc.Title) continue;
            foreach (var (phrase, possessor) in Phrases(sentence))
            {
                var owner = possessor;
                foreach (var part in SplitCoordinated(phrase))
                {
                    if (AsOrganisation(part, owner) is { } org && !skip.Any(p => Gazetteer.Fold(org.Name).Contains(p, StringComparison.Ordinal)))
                        found.Add(new(org, part));
                    owner = null;
                }
            }
        }
        foreach (var line in doc.ListLines.Where(l => l.Contains('_')))
        {
            foreach (var raw in line.Split('_'))
            {
                var segment = DocumentModel.Clean(raw);
                if (people.ListEntryName(segment) is not null || !IsBareName(segment)) continue;
                if (PlaceFinder.RegionWord().IsMatch(segment) || segment.Split(' ').All(w => Words.FileDebris.Contains(w))) continue;
                var name = StripPlacesAround(segment);
                if (name.Length == 0 || !name.Any(char.IsLetter) || EventFinder.HasEventWord(name) || DateGrammar.Find(name, 2000).Count > 0) continue;
                if (PlaceFinder.IsAreaName(name)) continue;
                found.Add(new(new ExtractedOrganisation(segment, KindOf(segment), FirstPlace(segment)), segment));
            }
        }
        return Deduplicate(found);
    }

    /// <summary>The capitalised phrase an organisation text starts with ("Liuzhou’s Development and Reform Commission, emphasized…").</summary>
    public static string? LeadingPhrase(string text)
    {
        var first = Phrases(text).FirstOrDefault();
        if (first.Phrase is null) return null;
        return first.Possessor is null ? first.Phrase : $"{first.Possessor} {first.Phrase}";
    }

    /// <summary>Maximal runs of capitalised words joined by spaces, with lower-case connectors inside.</summary>
    public static IEnumerable<(string Phrase, string? Possessor)> Phrases(string sentence)
    {
        var words = Word().Matches(sentence).ToList();
        var i = 0;
        string? possessor = null;
        while (i < words.Count)
        {
            if (!IsCapitalised(words[i].Value))
            {
                i++;
                possessor = null;
                continue;
            }
            var start = i;
            var end = i;
            var j = i + 1;
            while (j < words.Count && OnlySpaceBetween(sentence, words[j - 1], words[j]) && !EndsPossessive(words[j - 1].Value))
            {
                if (IsCapitalised(words[j].Value)) end = j;
                else if (!Words.Connectors.Contains(words[j].Value)) break;
                j++;
            }
            var tokens = words.Skip(start).Take(end - start + 1).Select(w => w.Value).ToList();
            if (EndsPossessive(tokens[^1]))
            {
                possessor = tokens[^1][..^2];
                i = end + 1;
                continue;
            }
            yield return (string.Join(' ', tokens), possessor);
            possessor = null;
            i = end + 1;
        }
    }

    /// <summary>"X Department and the Y Bureau" are two organisations: split at "and" right after a head word.</summary>
    private static IEnumerable<string> SplitCoordinated(string phrase)
    {
        var tokens = phrase.Split(' ');
        var start = 0;
        for (var i = 1; i < tokens.Length - 1; i++)
        {
            if (tokens[i] is not ("and" or "&") || !Words.OrganisationHeads.ContainsKey(tokens[i - 1])) continue;
            yield return string.Join(' ', tokens[start..i]);
            start = i + 1;
        }
        yield return string.Join(' ', tokens[start..]);
    }

    private ExtractedOrganisation? AsOrganisation(string phrase, string? possessor)
    {
        var tokens = phrase.Split(' ').ToList();
        // "Managing Director of the Municipal Institute…" → "Municipal Institute…"
        var lastRole = tokens.FindLastIndex(t => Words.Roles.Contains(t));
        if (lastRole >= 0)
        {
            var cut = tokens.FindIndex(lastRole, t => t is "of" or "at" or "for");
            if (cut < 0) return null;
            tokens = tokens[(cut + 1)..];
            possessor = null;
        }
        while (tokens.Count > 0 && (Words.LeadingNoise.Contains(tokens[0]) || Words.Connectors.Contains(tokens[0]) || IsLeadingVerb(tokens[0])))
            tokens.RemoveAt(0);
        while (tokens.Count > 0 && Words.Connectors.Contains(tokens[^1])) tokens.RemoveAt(tokens.Count - 1);
        if (tokens.Count == 0 || !tokens.Any(t => Words.OrganisationHeads.ContainsKey(t))) return null;
        var content = tokens.Where(t => !Words.Connectors.Contains(t)).ToList();
        if (content.Count <= 2 && content.All(t => Words.OrganisationHeads.ContainsKey(t) || Words.GenericArea.Contains(t)
                                                    || Words.Roles.Contains(t) || t is "Education" or "Municipal" or "Regional")) return null;
        if (EventFinder.HasEventWord(string.Join(' ', tokens))) return null;
        var name = string.Join(' ', tokens);
        if (possessor is not null && gazetteer.Find(possessor).Count > 0 || possessor is not null && PlaceFinder.LooksLikePlaceStem(gazetteer, possessor))
            name = $"{possessor} {name}";
        return new ExtractedOrganisation(name, KindOf(name), FirstPlace(name));
    }

    /// <summary>"Co-Establishing …", "Launching …": an -ing word that is not a place name ("Beijing", "Nanjing").</summary>
    private bool IsLeadingVerb(string token) =>
        token.EndsWith("ing", StringComparison.Ordinal) && token.Length > 5 && gazetteer.Find(token).Count == 0 && !gazetteer.IsPinyinWord(token);

    private string StripPlacesAround(string segment)
    {
        var tokens = segment.Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries).ToList();
        while (tokens.Count > 0 && (gazetteer.Find(tokens[0]).Count > 0 || gazetteer.CountryCode(tokens[0]) is not null)) tokens.RemoveAt(0);
        while (tokens.Count > 0 && (gazetteer.Find(tokens[^1]).Count > 0 || gazetteer.CountryCode(tokens[^1]) is not null)) tokens.RemoveAt(tokens.Count - 1);
        return string.Join(' ', tokens);
    }

    private static bool IsBareName(string segment)
    {
        var tokens = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length is > 0 and <= 8 && tokens.All(t => IsCapitalised(t) || Words.Connectors.Contains(t) || t.Any(char.IsDigit));
    }

    private string? FirstPlace(string name) =>
        name.Split(' ', '-').Select(t => gazetteer.Find(t).Where(p => !p.NeedsParentNearby).MaxBy(p => p.Population ?? 0))
            .FirstOrDefault(p => p is not null)?.Name;

    private static string KindOf(string name)
    {
        var head = name.Split(' ').LastOrDefault(t => Words.OrganisationHeads.ContainsKey(t));
        return head is null ? "other" : Words.OrganisationHeads[head];
    }

    /// <summary>One entry per organisation: same words in any order, or a shorter form inside a longer one.</summary>
    private static List<Found> Deduplicate(List<Found> found)
    {
        var result = new List<Found>();
        foreach (var f in found)
        {
            var words = Content(f.Organisation.Name);
            var same = result.FindIndex(r => Content(r.Organisation.Name) is var other && (other.SetEquals(words) || other.IsSubsetOf(words) || words.IsSubsetOf(other)));
            if (same < 0) result.Add(f);
            else if (Content(result[same].Organisation.Name).IsProperSubsetOf(words)) result[same] = f;
        }
        return result;
    }

    private static HashSet<string> Content(string name) =>
        [.. Gazetteer.Fold(name).Replace("&", " and ").Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t is not ("of" or "and" or "the" or "for" or "s"))];

    private static bool IsCapitalised(string w) => w.Length > 0 && (char.IsUpper(w[0]) || (w.Contains('@') && char.IsDigit(w[0])));
    private static bool EndsPossessive(string w) => w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal);
    private static bool OnlySpaceBetween(string s, Match a, Match b) => s.AsSpan(a.Index + a.Length, b.Index - a.Index - a.Length).Trim(' ').IsEmpty;

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}@][\p{L}\p{M}\p{N}@&'’.-]*[\p{L}\p{M}\p{N}@]|[\p{L}\p{N}]|&")]
    private static partial Regex Word();
}
