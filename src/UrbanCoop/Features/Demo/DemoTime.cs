namespace UrbanCoop.Features.Demo;

/// <summary>Turns the local dates the sources give into the UTC instants activities store.</summary>
internal static class DemoTime
{
    public const string China = "Asia/Shanghai";
    public const string Spain = "Europe/Madrid";
    public const string Italy = "Europe/Rome";
    public const string Belgium = "Europe/Brussels";

    public static DateTime Utc(int year, int month, int day, string zone, int hour = 0, int minute = 0) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified),
            TimeZoneInfo.FindSystemTimeZoneById(zone));

    public static DateTime StartOfDay(int year, int month, int day, string zone) => Utc(year, month, day, zone);

    // All-day activities end at the last minute of their last local day, so pages that show the
    // end's date read "9–15 June 2019" rather than the exclusive next midnight.
    public static DateTime EndOfDay(int year, int month, int day, string zone) => Utc(year, month, day, zone, 23, 59);

    // Sources that give only the month ("April 2019") are stored as the whole month, all day; summaries say so.
    public static DateTime StartOfMonth(int year, int month, string zone) => StartOfDay(year, month, 1, zone);
    public static DateTime EndOfMonth(int year, int month, string zone) => EndOfDay(year, month, DateTime.DaysInMonth(year, month), zone);

    /// <summary>A date known only to the month or year is stored as its first day; summaries say so.</summary>
    public static DateOnly FirstOf(int year, int month = 1) => new(year, month, 1);
}
