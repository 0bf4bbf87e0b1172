using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Activities;

/// <summary>From the wall-clock times an editor gives to the UTC instants an activity stores.</summary>
public sealed partial class ActivityInput
{
    private void CheckTimes(FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(TimeZone)) return;
        if (!InputValidation.IsTimeZone(TimeZone.Trim()))
        {
            errors.Add(nameof(TimeZone), $"'{TimeZone}' is not an IANA time zone such as Asia/Shanghai.");
            return;
        }
        if (StartsAt is null || EndsAt is null) return;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone.Trim());
        if (!AllDay)
        {
            var skipped = false;
            foreach (var (field, value) in new[] { (nameof(StartsAt), StartsAt.Value), (nameof(EndsAt), EndsAt.Value) })
            {
                if (!zone.IsInvalidTime(WallClock(value, zone))) continue;
                errors.Add(field, $"{value:HH:mm} on {value:d MMMM yyyy} does not exist in {TimeZone.Trim()}: the clocks skip it.");
                skipped = true;
            }
            if (skipped) return;
        }
        var (start, end) = UtcRange(zone);
        if (end < start) errors.Add(nameof(EndsAt), "The end cannot be before the start.");
    }

    private (DateTime StartsAt, DateTime EndsAt) UtcRange(TimeZoneInfo zone)
    {
        var start = WallClock(StartsAt!.Value, zone);
        var end = WallClock(EndsAt!.Value, zone);
        if (AllDay) (start, end) = (ValidTime(start.Date, zone), ValidTime(end.Date.AddDays(1).AddMinutes(-1), zone));
        return (TimeZoneInfo.ConvertTimeToUtc(start, zone), TimeZoneInfo.ConvertTimeToUtc(end, zone));
    }

    private static DateTime WallClock(DateTime value, TimeZoneInfo zone) =>
        value.Kind == DateTimeKind.Unspecified ? value : DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(value, zone), DateTimeKind.Unspecified);

    // A few zones change their clocks at midnight, so the first minute of a day can be missing.
    private static DateTime ValidTime(DateTime local, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(15);
        return local;
    }
}
