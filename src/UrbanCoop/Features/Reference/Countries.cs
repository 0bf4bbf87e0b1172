using System.Globalization;

namespace UrbanCoop.Features.Reference;

/// <summary>Country names come from the runtime's ISO 3166 data; the world region is the programme's own grouping.</summary>
public static class Countries
{
    private static readonly HashSet<string> EuMembers =
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
        "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ];

    private static readonly Dictionary<string, string> RegionByCountry = new()
    {
        ["CN"] = "China", ["IN"] = "India", ["JP"] = "Japan", ["KR"] = "Republic of Korea", ["TW"] = "Asia", ["ID"] = "Asia",
        ["VN"] = "Asia", ["TH"] = "Asia", ["MY"] = "Asia", ["PH"] = "Asia", ["SG"] = "Asia", ["AU"] = "Australia",
        ["US"] = "North America", ["CA"] = "North America", ["MX"] = "Latin America", ["BR"] = "Latin America",
        ["AR"] = "Latin America", ["CL"] = "Latin America", ["CO"] = "Latin America", ["PE"] = "Latin America",
        ["EC"] = "Latin America", ["CR"] = "Latin America", ["UY"] = "Latin America", ["GB"] = "Europe (non-EU)",
        ["NO"] = "Europe (non-EU)", ["CH"] = "Europe (non-EU)",
    };

    public static bool IsValid(string? code)
    {
        if (code is not { Length: 2 } || !code.All(char.IsAsciiLetterUpper)) return false;
        try { _ = new RegionInfo(code); return true; }
        catch (ArgumentException) { return false; }
    }

    public static string NameOf(string code) => IsValid(code) ? new RegionInfo(code).EnglishName : code;

    public static bool IsEu(string code) => EuMembers.Contains(code);

    public static string WorldRegionOf(string code) =>
        IsEu(code) ? "European Union" : RegionByCountry.GetValueOrDefault(code, "Other");
}
