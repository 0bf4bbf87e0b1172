using System.Text.RegularExpressions;

namespace UrbanCoop.Features.Intake.Extraction;

/// <summary>A date found in text at the precision it was written: "2019", "2019-06" or "2019-06-09"; End for ranges.</summary>
public sealed record FoundDate(string Start, string? End, int Index, int Length);

/// <summary>
/// The date forms of cooperation documents: "09 – 15 June 2019", "17 July" (year from context), "March 14th, 2023",
/// "April and November 2019", "14-06-19" (day first), "20190621", "2019-06-09", "since 1986", and "the second day"
/// of a range found before.
/// </summary>
public static partial class DateGrammar
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static int? Month(string word)
    {
        var w = word.ToLowerInvariant().TrimEnd('.');
        if (w.Length < 3) return null;
        for (var i = 0; i < 12; i++)
            if (MonthNames[i].StartsWith(w, StringComparison.Ordinal) && (w.Length >= 3 && (w == MonthNames[i] || w.Length == 3 || w == "sept")))
                return i + 1;
        return null;
    }

    /// <summary>Every date in the text, left to right, without overlaps; <paramref name="contextYear"/> completes dates without a year.</summary>
    public static List<FoundDate> Find(string text, int? contextYear)
    {
        var found = new List<FoundDate>();
        var taken = new bool[text.Length + 1];
        void Add(FoundDate? d, Match m)
        {
            if (d is null) return;
            for (var i = m.Index; i < m.Index + m.Length; i++)
                if (taken[i]) return;
            for (var i = m.Index; i < m.Index + m.Length; i++) taken[i] = true;
            found.Add(d);
        }
        foreach (Match m in DayRange().Matches(text))
        {
            var month = Month(m.Groups["m"].Value);
            var year = Year(m.Groups["y"].Value) ?? contextYear;
            if (month is null || year is null) continue;
            Add(Day(year.Value, month.Value, m.Groups["d1"].Value, m) is { } s && Day(year.Value, month.Value, m.Groups["d2"].Value, m) is { } e
                ? new FoundDate(s.Start, e.Start, m.Index, m.Length) : null, m);
        }
        foreach (Match m in MonthDayYear().Matches(text))
        {
            var month = Month(m.Groups["m"].Value);
            var year = Year(m.Groups["y"].Value);
            if (month is not null && year is not null) Add(Day(year.Value, month.Value, m.Groups["d"].Value, m), m);
        }
        foreach (Match m in DayMonth().Matches(text))
        {
            var month = Month(m.Groups["m"].Value);
            var year = Year(m.Groups["y"].Value) ?? contextYear;
            if (month is not null && year is not null) Add(Day(year.Value, month.Value, m.Groups["d"].Value, m), m);
        }
        foreach (Match m in MonthPairYear().Matches(text))
        {
            var year = Year(m.Groups["y"].Value);
            if (year is null) continue;
            var first = Month(m.Groups["m1"].Value);
            var second = Month(m.Groups["m2"].Value);
            if (first is null) continue;
            if (second is null)
            {
                Add(new FoundDate($"{year:D4}-{first:D2}", null, m.Index, m.Length), m);
                continue;
            }
            // "April and November 2019": two dates; the second is recorded at the position of its month name
            Add(new FoundDate($"{year:D4}-{first:D2}", null, m.Index, m.Length), m);
            found.Add(new FoundDate($"{year:D4}-{second:D2}", null, m.Groups["m2"].Index, m.Groups["m2"].Length));
        }
        foreach (Match m in IsoDate().Matches(text))
            Add(Valid(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["mo"].Value), int.Parse(m.Groups["d"].Value), m), m);
        foreach (Match m in Compact().Matches(text))
            Add(Valid(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["mo"].Value), int.Parse(m.Groups["d"].Value), m), m);
        foreach (Match m in Numeric().Matches(text))
        {
            var y = int.Parse(m.Groups["y"].Value);
            if (y < 100) y += y < 70 ? 2000 : 1900;
            Add(Valid(y, int.Parse(m.Groups["mo"].Value), int.Parse(m.Groups["d"].Value), m), m);
        }
        foreach (Match m in YearOnly().Matches(text))
            Add(new FoundDate(m.Value, null, m.Index, m.Length), m);
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>"the second day" → the day after the start of <paramref name="range"/>.</summary>
    public static FoundDate? RelativeDay(string text, FoundDate? range)
    {
        if (range is null || range.Start.Length != 10) return null;
        var m = NthDay().Match(text);
        if (!m.Success) return null;
        var n = Array.IndexOf(["first", "second", "third", "fourth", "fifth", "sixth", "seventh"], m.Groups["n"].Value.ToLowerInvariant());
        if (n < 0) return null;
        var day = DateOnly.ParseExact(range.Start, "yyyy-MM-dd").AddDays(n);
        return new FoundDate(day.ToString("yyyy-MM-dd"), null, m.Index, m.Length);
    }

    /// <summary>The years written in full in the text; dates without a year take the latest of them.</summary>
    public static int? LatestYear(string text)
    {
        int? latest = null;
        foreach (Match m in YearOnly().Matches(text))
        {
            var y = int.Parse(m.Value);
            if (y <= DateTime.UtcNow.Year + 5 && (latest is null || y > latest)) latest = y;
        }
        return latest;
    }

    private static int? Year(string s) => int.TryParse(s, out var y) && y is >= 1900 and <= 2100 ? y : null;

    private static FoundDate? Day(int year, int month, string day, Match m) =>
        int.TryParse(day, out var d) ? Valid(year, month, d, m) : null;

    private static FoundDate? Valid(int year, int month, int day, Match m) =>
        year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new FoundDate($"{year:D4}-{month:D2}-{day:D2}", null, m.Index, m.Length)
            : null;

    // month names are matched capitalised only, so that "may" the verb is not a month
    private const string MonthWord = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(@"\b(?<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:[–—-]|to|until)\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>" + MonthWord + @")(?:,?\s+(?<y>\d{4}))?\b", RegexOptions.None)]
    private static partial Regex DayRange();
    [GeneratedRegex(@"\b(?<m>" + MonthWord + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.None)]
    private static partial Regex MonthDayYear();
    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>" + MonthWord + @")(?:,?\s+(?<y>\d{4}))?\b", RegexOptions.None)]
    private static partial Regex DayMonth();
    [GeneratedRegex(@"\b(?<m1>" + MonthWord + @")(?:\s+(?:and|&|or|to|[–-])\s+(?<m2>" + MonthWord + @"))?,?\s+(?<y>\d{4})\b", RegexOptions.None)]
    private static partial Regex MonthPairYear();
    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<mo>\d{2})-(?<d>\d{2})\b")]
    private static partial Regex IsoDate();
    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d{2})(?<mo>[01]\d)(?<d>[0-3]\d)(?![\d])")]
    private static partial Regex Compact();
    [GeneratedRegex(@"(?<![\d])(?<d>[0-3]?\d)[./-](?<mo>[01]?\d)[./-](?<y>\d{2}|\d{4})(?![\d])")]
    private static partial Regex Numeric();
    [GeneratedRegex(@"(?<![\d@])(?:19[5-9]\d|20\d{2})(?![\d])")]
    private static partial Regex YearOnly();
    [GeneratedRegex(@"\b(?<n>first|second|third|fourth|fifth|sixth|seventh)\s+day\b", RegexOptions.IgnoreCase)]
    private static partial Regex NthDay();
}
