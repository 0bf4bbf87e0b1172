using System.Globalization;
using System.Text;

namespace UrbanCoop.Infrastructure.Web;

/// <summary>How values read on pages: enum names as words, dates in the record's own time zone.</summary>
public static class Display
{
    /// <summary>"OnlineMeeting" → "Online meeting", "MoU" → "MoU"; the result is also the UI-string key.</summary>
    public static string Words(Enum value) => Words(value.ToString());

    /// <summary>"CountryCode" → "Country code".</summary>
    public static string Words(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            // A capital starts a new word only when a small letter follows it, so "MoU" stays whole.
            var startsWord = i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
            if (startsWord) text.Append(' ').Append(char.ToLowerInvariant(name[i]));
            else text.Append(name[i]);
        }
        return text.ToString();
    }

    /// <summary>"17 July 2020" in English, "2020年7月17日" in Chinese.</summary>
    private static string DatePattern => Features.Languages.UiLanguages.IsChinese ? "yyyy年M月d日" : "d MMMM yyyy";

    public static DateTime ToLocal(DateTime utc, string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)
            ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone)
            : utc;

    /// <summary>"9–15 June 2019", or "17 July 2020 10:00–12:00 (Asia/Shanghai)" when times are known.</summary>
    public static string When(DateTime startsAt, DateTime endsAt, string timeZone, bool allDay)
    {
        var culture = CultureInfo.CurrentCulture;
        var start = ToLocal(startsAt, timeZone);
        var end = ToLocal(endsAt, timeZone);
        if (allDay)
        {
            if (start.Date == end.Date) return start.ToString(DatePattern, culture);
            if (start.Year == end.Year && start.Month == end.Month)
                return Features.Languages.UiLanguages.IsChinese ? $"{start.ToString(DatePattern, culture)}–{end.Day}日" : $"{start.Day}–{end.ToString(DatePattern, culture)}";
            return $"{start.ToString(DatePattern, culture)} – {end.ToString(DatePattern, culture)}";
        }
        var endText = start.Date == end.Date ? end.ToString("HH:mm", culture) : end.ToString(DatePattern + " HH:mm", culture);
        return $"{start.ToString(DatePattern + " HH:mm", culture)}–{endText} ({timeZone})";
    }

    public static string Date(DateOnly? date) => date?.ToString(DatePattern, CultureInfo.CurrentCulture) ?? "";

    public static string Number(long? value) => value?.ToString("N0", CultureInfo.CurrentCulture) ?? "";

    public static string Number(double? value) => value?.ToString("#,0.##", CultureInfo.CurrentCulture) ?? "";
}
