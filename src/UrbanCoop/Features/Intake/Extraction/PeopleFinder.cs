using System.Globalization;
using System.Text.RegularExpressions;

namespace UrbanCoop.Features.Intake.Extraction;

/// <summary>
/// People: names after honorifics ("Mr. Pablo Gándara", "Mr. WU Wenneng"), with the role and organisation that
/// follow; and entries of presentation-file lists ("Ludwigsburg_Michael Ilk", "John Carr UK") recognised by a given
/// name or a Chinese surname with a pinyin given name.
/// </summary>
public sealed partial class PeopleFinder(Gazetteer gazetteer)
{
    public sealed record Found(ExtractedPerson Person, string Written);

    public List<Found> Find(DocumentModel doc)
    {
        var found = new List<Found>();
        foreach (var sentence in doc.Sentences)
        {
            foreach (Match m in Honorific().Matches(sentence))
            {
                var tokens = TrimName(m.Groups["n"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                if (tokens.Count < 2) continue;
                var written = string.Join(' ', tokens);
                var after = sentence[(m.Groups["n"].Index + written.Length)..];
                var (position, organisation) = RoleAndOrganisation(after);
                found.Add(new(new ExtractedPerson(NaturalOrder(tokens), Honorific(m.Groups["h"].Value), position, organisation), written));
            }
        }
        foreach (var line in doc.ListLines)
            foreach (var segment in line.Split('_'))
                if (ListEntryName(segment) is { } tokens)
                    found.Add(new(new ExtractedPerson(NaturalOrder(tokens), null, null, null), string.Join(' ', tokens)));
        return Deduplicate(found);
    }

    /// <summary>A list segment that is a person: "Davide Astiaso in Chengdu", "EU Ronald Hall", "Dai Zijun".</summary>
    public List<string>? ListEntryName(string segment)
    {
        var text = InPlace().Replace(segment.Trim(), "");
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (tokens.Count > 2 && (gazetteer.CountryCode(tokens[0]) is not null || IsPlace(tokens[0]) && !gazetteer.IsGivenName(tokens[0])))
            tokens.RemoveAt(0);
        if (tokens.Count == 3 && gazetteer.CountryCode(tokens[0]) is not null) tokens.RemoveAt(0);
        while (tokens.Count > 0 && gazetteer.CountryCode(tokens[^1]) is not null) tokens.RemoveAt(tokens.Count - 1);
        if (tokens.Count is < 2 or > 3 || !tokens.All(IsNameWord)) return null;
        if (IsPlace(tokens[0]) && !gazetteer.IsGivenName(tokens[0])) return null;
        if (tokens.Any(t => Words.OrganisationHeads.ContainsKey(t) && !Words.SurnameLikeHeads.Contains(t) || Words.Roles.Contains(t)
                            || DateGrammar.Month(t) is not null))
            return null;
        var western = gazetteer.IsGivenName(tokens[0]) && !IsAllCaps(tokens[0]);
        var chinese = tokens.Count == 2 && tokens.All(t => gazetteer.IsPinyinWord(t))
                      && (gazetteer.IsChineseSurname(tokens[0]) || gazetteer.IsChineseSurname(tokens[1]));
        return western || chinese ? tokens : null;
    }

    /// <summary>
    /// Given name(s) first, family name last. A family name in capitals marks Chinese order ("WU Wenneng"); so does
    /// a Chinese surname followed by a pinyin given name that is not itself a surname-first western form.
    /// </summary>
    public string NaturalOrder(IReadOnlyList<string> tokens)
    {
        var list = tokens.ToList();
        var caps = list.FindIndex(t => IsAllCaps(t) && t.Length > 1);
        if (caps >= 0 && list.Count(t => IsAllCaps(t)) < list.Count)
        {
            var family = TitleCase(list[caps]);
            list.RemoveAt(caps);
            list.Add(family);
        }
        else if (list.Count == 2 && gazetteer.IsChineseSurname(list[0]) && gazetteer.IsPinyinWord(list[1])
                 && !gazetteer.IsGivenName(list[0]) && !(gazetteer.IsChineseSurname(list[1]) && !gazetteer.IsChineseSurname(list[0])))
        {
            list.Reverse();
        }
        return string.Join(' ', list.Select(t => IsAllCaps(t) && t.Length > 1 ? TitleCase(t) : t));
    }

    private (string? Position, string? Organisation) RoleAndOrganisation(string after)
    {
        var paren = InParentheses().Match(after);
        if (paren.Success)
        {
            var parts = paren.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || IsPlace(parts[0])) return (null, null);
            return (parts.Length > 1 ? parts[1] : null, parts[0]);
        }
        var role = RoleAt().Match(after) is { Success: true } at ? at : RoleOf().Match(after);
        if (!role.Success) return (null, null);
        var org = OrganisationFinder.LeadingPhrase(role.Groups["org"].Value);
        return (role.Groups["role"].Value.Trim(), org);
    }

    private List<string> TrimName(string[] tokens)
    {
        var list = tokens.ToList();
        while (list.Count > 2 && (IsPlace(list[^1]) || Words.OrganisationHeads.ContainsKey(list[^1]) || Words.Roles.Contains(list[^1])
                                  || DateGrammar.Month(list[^1]) is not null || gazetteer.CountryCode(list[^1]) is not null))
            list.RemoveAt(list.Count - 1);
        return list;
    }

    private bool IsPlace(string word) => gazetteer.Find(word).Any(p => !p.NeedsParentNearby && !p.IsCommonWord);

    private static List<Found> Deduplicate(List<Found> found)
    {
        var byKey = new Dictionary<string, Found>();
        var order = new List<string>();
        foreach (var f in found)
        {
            var key = Key(f.Person.Name);
            if (!byKey.TryGetValue(key, out var old))
            {
                byKey[key] = f;
                order.Add(key);
                continue;
            }
            // keep the spelling with accents and the richest details
            var name = Accents(f.Person.Name) > Accents(old.Person.Name) ? f.Person.Name : old.Person.Name;
            byKey[key] = old with
            {
                Person = old.Person with
                {
                    Name = name, Honorific = old.Person.Honorific ?? f.Person.Honorific,
                    Position = old.Person.Position ?? f.Person.Position, Organisation = old.Person.Organisation ?? f.Person.Organisation,
                },
            };
        }
        return [.. order.Select(k => byKey[k])];
    }

    public static string Key(string name) =>
        string.Join(' ', Gazetteer.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    private static int Accents(string s) => s.Count(c => c > 127);
    private static bool IsAllCaps(string t) => t.Any(char.IsLetter) && t.Where(char.IsLetter).All(char.IsUpper);
    private static bool IsNameWord(string t) => t.Length >= 2 && char.IsUpper(t[0]) && t.All(c => char.IsLetter(c) || c is '-' or '\'' or '’');
    private static string TitleCase(string t) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(t.ToLowerInvariant());

    private static string? Honorific(string h) => h switch { "Mr" => "Mr", "Ms" => "Ms", "Mrs" => "Mrs", "Dr" => "Dr", "Prof" => "Prof", _ => h };

    [GeneratedRegex(@"\b(?<h>Mr|Ms|Mrs|Dr|Prof|Miss|Sir|Madam)\.?\s+(?<n>[\p{Lu}][\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+){0,3})")]
    private static partial Regex Honorific();
    [GeneratedRegex(@"^\s*\(([^()]{2,160})\)")]
    private static partial Regex InParentheses();
    [GeneratedRegex(@"^\s*,\s*(?<role>[^,;()]{2,80}?)\s+(?:of|at|from)\s+(?:the\s+)?(?<org>[^,;()]{2,160})")]
    private static partial Regex RoleOf();
    [GeneratedRegex(@"^\s*,\s*(?<role>[^,;()]{2,80}?)\s+at\s+(?:the\s+)?(?<org>[^,;()]{2,160})")]
    private static partial Regex RoleAt();
    [GeneratedRegex(@"\s+(in|at|from)\s+[\p{Lu}][\p{L}\s-]*$")]
    private static partial Regex InPlace();
}
