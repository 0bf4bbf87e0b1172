using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace UrbanCoop.Features.Matchmaking.Scheduling;

/// <summary>Which slots a participant can attend: the "available" list and the local "hours" window.</summary>
internal static partial class Availability
{
    public const int Midnight = 24 * 3600;

    public static bool TryFindZone(string id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        // .NET also accepts Windows ids and any letter case; the contract knows exact IANA ids only.
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out zone) && zone.HasIanaId && zone.Id == id) return true;
        zone = null;
        return false;
    }

    /// <summary>"HH:MM" or "HH:MM:SS" as seconds after local midnight, up to "24:00".</summary>
    public static bool TryParseClock(string? text, out int seconds)
    {
        seconds = 0;
        var match = ClockPattern().Match(text?.Trim() ?? "");
        if (!match.Success) return false;
        int hours = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        int minutes = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        int secondsPart = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        if (minutes > 59 || secondsPart > 59) return false;
        seconds = hours * 3600 + minutes * 60 + secondsPart;
        return seconds <= Midnight;
    }

    [GeneratedRegex(@"^([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?$")]
    private static partial Regex ClockPattern();

    public static string FormatClock(int seconds) =>
        seconds % 60 == 0 ? $"{seconds / 3600:00}:{seconds / 60 % 60:00}" : $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}";

    /// <summary>
    /// The slot's local start and end as wall-clock seconds after the local midnight of the day it
    /// starts, so a slot that ends after midnight ends after 24:00.
    /// </summary>
    private static (double Start, double End) LocalSpan(Slot slot, TimeZoneInfo zone)
    {
        var start = TimeZoneInfo.ConvertTime(slot.Start, zone).DateTime;
        var end = TimeZoneInfo.ConvertTime(slot.End, zone).DateTime;
        return ((start - start.Date).TotalSeconds, (end - start.Date).TotalSeconds);
    }

    public static bool IsInside(Slot slot, TimeZoneInfo zone, ClockWindow hours)
    {
        var (start, end) = LocalSpan(slot, zone);
        return start >= hours.From && end <= hours.To;
    }

    /// <summary>The allowed mask of every participant; participants sharing a zone and hours share one computation.</summary>
    public static bool[] Allowed(IReadOnlyList<Slot> slots, TimeZoneInfo? zone, ClockWindow? hours, bool[]? listed,
        Dictionary<(string, ClockWindow), bool[]> hoursCache)
    {
        var allowed = listed is null ? Enumerable.Repeat(true, slots.Count).ToArray() : (bool[])listed.Clone();
        if (zone is null || hours is not { } window) return allowed;
        if (!hoursCache.TryGetValue((zone.Id, window), out var inside))
            hoursCache[(zone.Id, window)] = inside = slots.Select(s => IsInside(s, zone, window)).ToArray();
        for (var s = 0; s < allowed.Length; s++) allowed[s] &= inside[s];
        return allowed;
    }

    /// <summary>Why a participant cannot attend a slot, or null when it can.</summary>
    public static string? WhyNot(Participant p, Slot s, int slot)
    {
        if (p.Allowed[slot]) return null;
        if (p.Listed is { } listed && !listed[slot]) return $"{p.Id} is not available in slot {s.Id} (not in its available list)";
        if (p.Zone is null || p.Hours is not { } hours) return $"{p.Id} cannot attend slot {s.Id}";
        var start = TimeZoneInfo.ConvertTime(s.Start, p.Zone);
        var end = TimeZoneInfo.ConvertTime(s.End, p.Zone);
        var window = $"{FormatClock(hours.From)}-{FormatClock(hours.To)}";
        return string.Create(CultureInfo.InvariantCulture,
            $"slot {s.Id} is {start:yyyy-MM-dd HH:mm}-{end:HH:mm} in {p.Id}'s time zone {p.Zone.Id}, outside its hours {window}");
    }
}
