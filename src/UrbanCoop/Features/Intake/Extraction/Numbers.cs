using System.Globalization;
using System.Text.RegularExpressions;

namespace UrbanCoop.Features.Intake.Extraction;

/// <summary>Figures as documents write them: "15,3mio", "4 million", "18,600 km2", "1,24km ²", "over 100".</summary>
public static partial class Numbers
{
    public static double? ParseQuantity(string text)
    {
        var m = Quantity().Match(text);
        if (!m.Success) return null;
        var value = ParseDecimal(m.Groups["n"].Value);
        if (value is null) return null;
        var scale = m.Groups["scale"].Value.ToLowerInvariant() switch
        {
            "mio" or "million" or "millions" or "mn" => 1e6,
            "bn" or "billion" => 1e9,
            "thousand" => 1e3,
            "万" => 1e4,
            "亿" => 1e8,
            _ => 1.0,
        };
        return Math.Round(value.Value * scale, 6);
    }

    /// <summary>
    /// A comma or dot followed by exactly three digits (and no further digit) separates thousands; otherwise it is
    /// the decimal mark: "18,600" = 18600, "15,3" = 15.3, "1,24" = 1.24, "1.250.000" = 1250000.
    /// </summary>
    public static double? ParseDecimal(string s)
    {
        s = s.Trim().Replace(" ", "").Replace("\u00A0", "").Replace("'", "");
        var groups = ThousandsGroups().IsMatch(s);
        string normal;
        if (groups) normal = s.Replace(",", "").Replace(".", "");
        else
        {
            var lastSep = s.LastIndexOfAny([',', '.']);
            normal = lastSep < 0 ? s : s[..lastSep].Replace(",", "").Replace(".", "") + "." + s[(lastSep + 1)..];
        }
        return double.TryParse(normal, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    [GeneratedRegex(@"(?<n>\d{1,3}(?:[.,' ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?)\s*(?:(?<scale>mio|millions?|mn|bn|billion|thousand)(?![a-z])|(?<scale>万|亿))?", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();
    [GeneratedRegex(@"^\d{1,3}([.,])\d{3}(\1\d{3})*$")]
    private static partial Regex ThousandsGroups();
}
