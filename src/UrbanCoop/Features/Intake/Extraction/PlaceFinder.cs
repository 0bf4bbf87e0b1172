using System.Text.RegularExpressions;

namespace UrbanCoop.Features.Intake.Extraction;

/// <summary>A place named in one sentence: the canonical name it resolves to and where it was written.</summary>
public sealed record PlaceMention(string Canonical, int Sentence, string Written);

/// <summary>
/// Places: gazetteer names (cities, regions; Chinese districts only near their city or before "district"),
/// named areas by their suffix ("Liudong New District", "Binjiang Smart Valley"), city regions ("Stuttgart
/// Regio" → "Stuttgart Region"), acronyms of areas ("GDD", "DDG"), and misspellings one letter away from an area
/// named elsewhere in the document ("Liuduong New District"). Countries are recorded, not listed as places.
/// </summary>
public sealed partial class PlaceFinder(Gazetteer gazetteer)
{
    public List<ExtractedPlace> Places { get; } = [];
    public List<PlaceMention> Mentions { get; } = [];
    public HashSet<string> Countries { get; } = [];
    private readonly Dictionary<string, ExtractedPlace> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private HashSet<string> foldedWords = [];

    public void Find(DocumentModel doc, IReadOnlyCollection<string> personSpellings)
    {
        var sentences = doc.Sentences.Select(s => Mask(s, personSpellings)).ToList();
        var folded = Gazetteer.Fold(doc.AllText);
        foldedWords = [.. FoldedWord().Matches(folded).Select(m => m.Value)];
        foreach (var s in sentences)
            foreach (var word in s.Split([' ', ',', '(', ')', ';', ':', '/', '_'], StringSplitOptions.RemoveEmptyEntries))
                if (char.IsUpper(word[0]) && gazetteer.CountryCode(word.Trim('.', '-')) is { } code && code.Length == 2 && gazetteer.Find(word).Count == 0) Countries.Add(code);
        var areas = new List<(int Sentence, Match Match, string Name)>();
        for (var i = 0; i < sentences.Count; i++)
            if (MayNameArea(sentences[i]))
                foreach (Match m in Area().Matches(sentences[i]))
                if (AreaName(m) is { } name) areas.Add((i, m, name));
        var canonicalArea = CanonicalAreas(areas.Select(a => a.Name).ToList());
        var areaSpans = new List<(int Sentence, int Start, int End)>();
        foreach (var (i, m, name) in areas)
        {
            var canonical = canonicalArea[name];
            AddArea(canonical, i, m.Value.Trim());
            areaSpans.Add((i, m.Index, m.Index + m.Length));
        }
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!sentences[i].Contains("Regio", StringComparison.Ordinal)) continue;
            foreach (Match m in RegionWord().Matches(sentences[i]))
            {
                var city = m.Groups["city"].Value;
                var place = Best(gazetteer.Find(city).Where(p => p.Kind == "city"));
                if (place is null) continue;
                var name = $"{place.Name} Region";
                Add(new ExtractedPlace(name, "region", place.Country, place.Admin.Length > 0 ? place.Admin : null) { Position = i }, i, m.Value);
                areaSpans.Add((i, m.Index, m.Index + m.Length));
            }
        }
        for (var i = 0; i < sentences.Count; i++) FindGazetteerNames(sentences[i], i, folded, areaSpans);
        FindAcronyms(sentences);
        FoldCityIntoItsRegion();
    }

    private static bool MayNameArea(string s) =>
        s.Contains("District", StringComparison.Ordinal) || s.Contains("Zone", StringComparison.Ordinal) || s.Contains("Area", StringComparison.Ordinal)
        || s.Contains("Valley", StringComparison.Ordinal) || s.Contains("Park", StringComparison.Ordinal);

    /// <summary>A capitalised name whose last word names a kind of area ("… District", "… Zone").</summary>
    public static bool IsAreaName(string name) => Area().Match(name) is { Success: true } m && m.Length == name.Length;

    /// <summary>True when a single word can stand for an area of its own (pinyin names, gazetteer names, "22@").</summary>
    public static bool LooksLikePlaceStem(Gazetteer g, string word) =>
        g.Find(word).Count > 0 || (word.Length >= 4 && g.IsPinyinWord(word) && !Words.GenericArea.Contains(word)) || word.Contains('@');

    private string? AreaName(Match m)
    {
        var stem = m.Groups["stem"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (stem.Count > 0 && Words.LeadingNoise.Contains(stem[0])) stem.RemoveAt(0);
        if (stem.Count == 0) return null;
        var suffix = m.Groups["suffix"].Value;
        var specific = stem.Where(t => !Words.GenericArea.Contains(t)).ToList();
        if (specific.Count == 0) return null;
        if (stem.Count == 1 && !LooksLikePlaceStem(gazetteer, stem[0])) return null;
        if (specific.Any(t => Words.OrganisationHeads.ContainsKey(t) || Words.Roles.Contains(t))) return null;
        return $"{string.Join(' ', stem)} {suffix}";
    }

    /// <summary>
    /// Areas that are one place under several spellings: same words once city names and "New" are set aside
    /// ("Liuzhou Northern Ecological New District" = "Northern Ecological District"), a longer name that only adds
    /// a park or zone to a shorter one, or one letter apart. The most frequent spelling wins.
    /// </summary>
    private Dictionary<string, string> CanonicalAreas(List<string> names)
    {
        var frequency = names.GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());
        var distinct = names.Distinct().OrderByDescending(n => frequency[n]).ThenBy(n => names.IndexOf(n)).ToList();
        var canonical = new Dictionary<string, string>();
        foreach (var name in distinct)
        {
            var target = canonical.Values.Distinct().FirstOrDefault(c => SameArea(c, name));
            canonical[name] = target ?? name;
        }
        return canonical;
    }

    private bool SameArea(string a, string b)
    {
        if (AreaKey(a) == AreaKey(b)) return true;
        var (fa, fb) = (Gazetteer.Fold(a), Gazetteer.Fold(b));
        if (fb.StartsWith(fa + " ", StringComparison.Ordinal) || fa.StartsWith(fb + " ", StringComparison.Ordinal)) return true;
        return fa.Length >= 8 && fb.Length >= 8 && EditDistanceAtMostOne(fa, fb);
    }

    private string AreaKey(string name) =>
        string.Join(' ', Gazetteer.Fold(name).Split(' ').Where(t => t != "new" && !gazetteer.Find(t).Any(p => p.Kind == "city")));

    private void AddArea(string name, int sentence, string written)
    {
        if (byName.ContainsKey(name))
        {
            Add(byName[name], sentence, written);
            return;
        }
        var stem = name.Split(' ');
        var city = stem.Select(t => Best(gazetteer.Find(t).Where(p => p.Kind == "city"))).FirstOrDefault(p => p is not null);
        // an area named in pinyin ("Liudong New District") is in China even when no city is named with it
        var country = city?.Country ?? (gazetteer.IsPinyinWord(stem[0]) ? "CN" : null);
        Add(new ExtractedPlace(name, AreaKind(name), country, city?.Name) { Position = sentence }, sentence, written);
    }

    private static string AreaKind(string name) =>
        Regex.IsMatch(name, @"(District|New Area|County)$") ? "district" : "zone";

    private void FindGazetteerNames(string sentence, int index, string foldedDoc, List<(int Sentence, int Start, int End)> areaSpans)
    {
        var words = NameWord().Matches(sentence).ToList();
        var titleCase = IsTitleCase(words);
        for (var i = 0; i < words.Count; i++)
        {
            if (!char.IsUpper(words[i].Value[0])) continue;
            // names span words joined by one space or hyphen ("Baden-Württemberg", "Rio de Janeiro")
            var joined = 1;
            while (joined < gazetteer.MaxNameWords && i + joined < words.Count
                   && words[i + joined].Index - (words[i + joined - 1].Index + words[i + joined - 1].Length) == 1
                   && sentence[words[i + joined].Index - 1] is ' ' or '-')
                joined++;
            for (var n = joined; n >= 1; n--)
            {
                if (!char.IsUpper(words[i + n - 1].Value[0])) continue;
                var start = words[i].Index;
                var end = words[i + n - 1].Index + words[i + n - 1].Length;
                var written = sentence[start..end];
                var candidates = gazetteer.Find(written);
                if (candidates.Count == 0) continue;
                if (areaSpans.Any(a => a.Sentence == index && start >= a.Start && end <= a.End)) break;
                if (gazetteer.CountryCode(written) is not null) break;
                var standsAlone = StandsAlone(sentence, words, i, n, titleCase);
                var usable = candidates.Where(p => (!p.IsCommonWord || standsAlone) && (!p.NeedsParentNearby || NearParent(p, sentence, end, foldedDoc))).ToList();
                var place = Best(usable);
                if (place is null) break;
                var kind = place.Kind == "city" && place.Admin.Length == 0 && place.NeedsParentNearby ? "district" : place.Kind;
                Add(new ExtractedPlace(place.Name, kind, place.Country, place.Admin.Length > 0 ? place.Admin : null) { Position = index }, index, written);
                i += n - 1;
                break;
            }
        }
    }

    /// <summary>
    /// A place name that is also an English word ("Mission", "Union", "Reading") counts only where it cannot be a
    /// word of a longer name or a heading: not first in its sentence, not next to another capitalised word, not
    /// in a title-case line.
    /// </summary>
    private static bool StandsAlone(string sentence, List<Match> words, int i, int n, bool titleCase)
    {
        if (titleCase || i == 0 || sentence[..words[i].Index].TrimEnd().EndsWith(':')) return false;
        var before = words[i - 1];
        var touchingBefore = sentence.AsSpan(before.Index + before.Length, words[i].Index - before.Index - before.Length).Trim(' ').IsEmpty;
        if (touchingBefore && char.IsUpper(before.Value[0])) return false;
        if (i + n < words.Count)
        {
            var last = words[i + n - 1];
            var after = words[i + n];
            var touchingAfter = sentence.AsSpan(last.Index + last.Length, after.Index - last.Index - last.Length).Trim(' ').IsEmpty;
            if (touchingAfter && char.IsUpper(after.Value[0])) return false;
        }
        return true;
    }

    private static bool IsTitleCase(List<Match> words)
    {
        var content = words.Where(w => w.Value.Length >= 4).ToList();
        return content.Count >= 4 && content.Count(w => char.IsUpper(w.Value[0])) * 10 >= content.Count * 7;
    }

    private bool NearParent(GazetteerPlace p, string sentence, int end, string foldedDoc) =>
        Regex.IsMatch(sentence[end..], @"^\s+(district|county|qu)\b", RegexOptions.IgnoreCase)
        || (p.Admin.Length > 0 && foldedWords.Contains(Gazetteer.Fold(p.Admin)));

    /// <summary>
    /// Among places of one name: one in a country the document names, then a city, then (the programme pairs
    /// European cities with others) a European one, then the most populous. "Valencia" is the Spanish city
    /// unless the document names Venezuela.
    /// </summary>
    private GazetteerPlace? Best(IEnumerable<GazetteerPlace> candidates) =>
        candidates.OrderByDescending(p => Countries.Contains(p.Country))
            .ThenByDescending(p => p.Kind == "city")
            .ThenByDescending(p => p.TimeZone.StartsWith("Europe/", StringComparison.Ordinal))
            .ThenByDescending(p => p.Population ?? 0).FirstOrDefault();

    /// <summary>"GDD" or "DDG" for "Guangzhou Development District": the initials of an area named in the document, in any order.</summary>
    private void FindAcronyms(List<string> sentences)
    {
        var areas = Places.Where(p => p.Kind is "district" or "zone" && p.Name.Split(' ').Length >= 2).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            foreach (Match m in Acronym().Matches(sentences[i]))
            {
                var letters = string.Concat(m.Value.Order());
                var area = areas.FirstOrDefault(a => string.Concat(a.Name.Split(' ').Select(w => char.ToUpperInvariant(w[0])).Order()) == letters);
                if (area is not null) Add(area, i, m.Value);
            }
        }
    }

    /// <summary>Where "Stuttgart Region" is named, a bare "Stuttgart" in the same document stands for the region.</summary>
    private void FoldCityIntoItsRegion()
    {
        foreach (var region in Places.Where(p => p.Kind == "region" && p.Name.EndsWith(" Region", StringComparison.Ordinal)).ToList())
        {
            var city = region.Name[..^" Region".Length];
            if (!byName.TryGetValue(city, out var cityPlace)) continue;
            Places.Remove(cityPlace);
            byName[city] = region;
            for (var i = 0; i < Mentions.Count; i++)
                if (Mentions[i].Canonical == city) Mentions[i] = Mentions[i] with { Canonical = region.Name };
        }
    }

    private void Add(ExtractedPlace place, int sentence, string written)
    {
        if (!byName.TryGetValue(place.Name, out var existing))
        {
            byName[place.Name] = existing = place;
            Places.Add(place);
        }
        counts[existing.Name] = counts.GetValueOrDefault(existing.Name) + 1;
        Mentions.Add(new PlaceMention(existing.Name, sentence, written));
    }

    public ExtractedPlace? ByName(string name) => byName.GetValueOrDefault(name);

    private static string Mask(string sentence, IReadOnlyCollection<string> people)
    {
        foreach (var p in people)
            if (p.Length > 0) sentence = sentence.Replace(p, new string('x', p.Length), StringComparison.Ordinal);
        return sentence;
    }

    private static bool EditDistanceAtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b) return a == b;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else { i++; j++; }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }

    [GeneratedRegex(@"(?<stem>(?:(?:[\p{Lu}][\p{L}\p{M}'’-]*|\d+@)\s+){1,4}?)(?<suffix>New District|Development District|Economic Development Zone|Development Zone|High-Tech Zone|District|New Area|Zone|Valley|Science Park|Industrial Park|Park)\b")]
    private static partial Regex Area();
    [GeneratedRegex(@"\b(?<city>[\p{Lu}][\p{L}\p{M}-]+)\s+Regio(n)?\b|\bRegion\s+(of\s+)?(?<city>[\p{Lu}][\p{L}\p{M}-]+)")]
    internal static partial Regex RegionWord();
    [GeneratedRegex(@"[\p{L}\p{M}'’]+")]
    private static partial Regex NameWord();
    [GeneratedRegex(@"[\p{L}'-]+")]
    private static partial Regex FoldedWord();
    [GeneratedRegex(@"\b[A-Z]{2,5}\b")]
    private static partial Regex Acronym();
}
