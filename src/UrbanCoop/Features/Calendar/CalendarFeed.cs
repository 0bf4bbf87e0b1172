using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Activities;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Calendar;

/// <summary>
/// Activities as an iCalendar feed: times in the activity's own zone with its VTIMEZONE (so local times stay right
/// across daylight-saving changes), the online link and the page link in each event, cancelled ones as CANCELLED.
/// The activities are those of the activity list under the same filters.
/// </summary>
public static class CalendarFeed
{
    public const string ContentType = "text/calendar; charset=utf-8";
    private const int MaxEvents = 5000;

    public static async Task<Outcome<string>> HandleAsync(AppDbContext db, ListActivities.Query filter, string siteUrl, string name, CancellationToken ct)
    {
        var ids = new List<int>();
        for (var page = 1; ids.Count < MaxEvents; page++)
        {
            var outcome = await ListActivities.HandleAsync(db, filter with { Page = page, PageSize = Paging.MaxPageSize }, ct);
            if (!outcome.Succeeded) return Outcome<string>.Invalid(outcome.Errors);
            ids.AddRange(outcome.Value!.Items.Select(i => i.Id));
            if (outcome.Value.Items.Count < Paging.MaxPageSize) break;
        }
        return Outcome<string>.Ok(await WriteAsync(db, ids, siteUrl, name, ct));
    }

    public static async Task<string> WriteAsync(AppDbContext db, IReadOnlyCollection<int> ids, string siteUrl, string name, CancellationToken ct)
    {
        var activities = new List<Activity>();
        foreach (var chunk in ids.Chunk(500))
            activities.AddRange(await db.Activities.AsNoTracking().Where(a => chunk.Contains(a.Id)).OrderBy(a => a.StartsAt).ThenBy(a => a.Id).ToListAsync(ct));
        var calendar = new Ical.Net.Calendar { ProductId = "-//UrbanCoop//Activities//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var zone in activities.Where(a => !a.AllDay).Select(a => a.TimeZone).Distinct().Order())
        {
            var earliest = activities.Where(a => a.TimeZone == zone).Min(a => a.StartsAt);
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone, earliest.AddYears(-1), includeHistoricalData: false));
        }
        foreach (var a in activities) calendar.Events.Add(Event(a, siteUrl));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent Event(Activity a, string siteUrl)
    {
        var page = $"{siteUrl.TrimEnd('/')}/activities/{a.Id}";
        var start = Local(a.StartsAt, a.TimeZone);
        var end = Local(a.EndsAt, a.TimeZone);
        var e = new CalendarEvent
        {
            Uid = $"activity-{a.Id}@urbancoop",
            Summary = a.Title,
            Location = a.Online && a.Venue is null ? a.OnlineUrl : a.Venue,
            Url = new Uri(page),
            Description = string.Join("\n", new[] { a.Summary, a.OnlineUrl is null ? null : "Online: " + a.OnlineUrl, page }.Where(t => !string.IsNullOrWhiteSpace(t))),
            Status = a.Status == ActivityStatus.Cancelled ? "CANCELLED" : a.Status == ActivityStatus.Planned ? "TENTATIVE" : "CONFIRMED",
            DtStamp = new CalDateTime(DateTime.SpecifyKind(a.UpdatedAt, DateTimeKind.Utc), "UTC"),
        };
        if (a.AllDay)
        {
            // All-day events are floating dates; the end date is exclusive in iCalendar.
            e.DtStart = new CalDateTime(DateOnly.FromDateTime(start));
            e.DtEnd = new CalDateTime(DateOnly.FromDateTime(end).AddDays(1));
        }
        else
        {
            e.DtStart = new CalDateTime(start, a.TimeZone);
            e.DtEnd = new CalDateTime(end, a.TimeZone);
        }
        return e;
    }

    private static DateTime Local(DateTime utc, string zone) =>
        DateTime.SpecifyKind(Infrastructure.Web.Display.ToLocal(utc, zone), DateTimeKind.Unspecified);
}
