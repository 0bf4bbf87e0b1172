using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace UrbanCoop.Features.Intake.Extraction;

/// <summary>One place of the generated gazetteer (Data/places.tsv.gz, see scripts/gazetteer).</summary>
public sealed record GazetteerPlace(
    string Name, string Kind, string Country, string Admin, long? Population, double? Latitude, double? Longitude,
    string TimeZone, string ChineseName, IReadOnlyList<string> Aliases, bool NeedsParentNearby, bool IsCommonWord);

/// <summary>
/// Places, countries and name lexicons, loaded once from the embedded generated files. Lookups use
/// <see cref="Fold"/>: no accents, lower case, typographic apostrophes made plain.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(Load);
    public static Gazetteer Default => Shared.Value;

    private readonly Dictionary<string, List<GazetteerPlace>> places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> countries = new(StringComparer.Ordinal);
    private readonly HashSet<string> givenNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> chineseSurnames = new(StringComparer.Ordinal);
    private readonly HashSet<string> pinyinSyllables = new(StringComparer.Ordinal);

    public int MaxNameWords { get; private set; }
    public int Count { get; private set; }

    public IReadOnlyList<GazetteerPlace> Find(string name) =>
        places.TryGetValue(Fold(name), out var found) ? found : [];

    public string? CountryCode(string name) => countries.GetValueOrDefault(Fold(name));
    public bool IsGivenName(string word) => givenNames.Contains(Fold(word));
    public bool IsChineseSurname(string word) => chineseSurnames.Contains(Fold(word));

    /// <summary>True when the word splits into pinyin syllables (Wenneng = wen+neng, Zijun = zi+jun).</summary>
    public bool IsPinyinWord(string word)
    {
        var w = Fold(word).Replace("'", "");
        if (w.Length < 2 || w.Length > 18) return false;
        var ok = new bool[w.Length + 1];
        ok[0] = true;
        for (var end = 1; end <= w.Length; end++)
            for (var start = Math.Max(0, end - 6); start < end && !ok[end]; start++)
                ok[end] = ok[start] && pinyinSyllables.Contains(w[start..end]);
        return ok[w.Length];
    }

    public static string Fold(string s)
    {
        var ascii = true;
        foreach (var c in s)
        {
            if (c < 128) continue;
            ascii = false;
            break;
        }
        if (ascii) return s.Trim().ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { '’' or '‘' or '´' or '`' => '\'', 'ß' => 's', _ => char.ToLowerInvariant(c) });
        }
        return sb.ToString().Trim();
    }

    private static Gazetteer Load()
    {
        var g = new Gazetteer();
        foreach (var f in ReadTsv("places.tsv.gz"))
        {
            if (f.Length < 12) continue;
            var place = new GazetteerPlace(f[0], f[1], f[2], f[3], ParseLong(f[4]), ParseDouble(f[5]), ParseDouble(f[6]), f[7], f[8],
                f[9].Length == 0 ? [] : f[9].Split('|'), f[10] == "local", f[11] == "1");
            g.Count++;
            foreach (var name in place.Aliases.Prepend(place.Name))
            {
                var key = Fold(name);
                if (!g.places.TryGetValue(key, out var list)) g.places[key] = list = [];
                if (!list.Contains(place)) list.Add(place);
                g.MaxNameWords = Math.Max(g.MaxNameWords, key.Count(c => c is ' ' or '-') + 1);
            }
        }
        foreach (var f in ReadTsv("lexicon.tsv.gz"))
        {
            switch (f[0])
            {
                case "country": g.countries.TryAdd(Fold(f[1]), f[2]); break;
                case "given": g.givenNames.Add(Fold(f[1])); break;
                case "cn-surname": g.chineseSurnames.Add(Fold(f[1])); break;
                case "syllable": g.pinyinSyllables.Add(f[1]); break;
            }
        }
        // short forms that documents use for countries and the Union; they are never places
        foreach (var (name, code) in new[] { ("UK", "GB"), ("EU", "EU"), ("USA", "US"), ("US", "US"), ("PRC", "CN"), ("Europe", "EU"), ("Asia", "AS") })
            g.countries.TryAdd(Fold(name), code);
        return g;
    }

    private static IEnumerable<string[]> ReadTsv(string file)
    {
        var name = $"UrbanCoop.Intake.{file}";
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing; run scripts/gazetteer");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
            yield return line.Split('\t');
    }

    private static long? ParseLong(string s) => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;
    private static double? ParseDouble(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}
