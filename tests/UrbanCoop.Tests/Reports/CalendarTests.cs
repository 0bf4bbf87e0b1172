using System.Net;
using Ical.Net.CalendarComponents;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Reports;

[Collection(nameof(AppCollection))]
public sealed class CalendarTests(Apps apps)
{
    private static async Task<int> CreateAsync(HttpClient http, string title, string zone, string start, string end, string status = "Held", int[]? places = null)
    {
        var response = await http.PostJsonAsync("/api/v1/activities", new
        {
            title, kind = "Meeting", status, programmeId = 1, partnershipId = 2, startsAt = start, endsAt = end, timeZone = zone,
            online = true, onlineUrl = "https://meet.example.org/room-7", placeIds = places ?? [],
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (int)(await response.ReadJsonAsync())["id"]!;
    }

    private static Ical.Net.Calendar Parse(string text) => Ical.Net.Calendar.Load(text)!;

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Local_times_in_Shanghai_and_Madrid_give_the_right_UTC_instants_across_a_DST_change(Db db)
    {
        var http = apps[db].Http();
        var tag = Json.Unique("DST");
        // Spain moved to summer time on 31 March 2024; China has no daylight saving.
        var before = await CreateAsync(http, tag + " Madrid before", "Europe/Madrid", "2024-03-29T10:00:00", "2024-03-29T12:00:00");
        var after = await CreateAsync(http, tag + " Madrid after", "Europe/Madrid", "2024-04-02T10:00:00", "2024-04-02T12:00:00");
        var shanghai = await CreateAsync(http, tag + " Shanghai", "Asia/Shanghai", "2024-04-02T10:00:00", "2024-04-02T12:00:00");

        var feed = await http.GetStringAsync($"/calendar.ics?q={Uri.EscapeDataString(tag)}");
        Assert.Contains("BEGIN:VTIMEZONE", feed);
        Assert.Contains("TZID:Europe/Madrid", feed);
        Assert.Contains("TZID:Asia/Shanghai", feed);
        var events = Parse(feed).Events.ToDictionary(e => e.Uid!);
        Assert.Equal(3, events.Count);
        Assert.Equal(new DateTime(2024, 3, 29, 9, 0, 0, DateTimeKind.Utc), events[$"activity-{before}@urbancoop"].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2024, 4, 2, 8, 0, 0, DateTimeKind.Utc), events[$"activity-{after}@urbancoop"].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2024, 4, 2, 2, 0, 0, DateTimeKind.Utc), events[$"activity-{shanghai}@urbancoop"].DtStart!.AsUtc);
        Assert.Equal(new DateTime(2024, 4, 2, 4, 0, 0, DateTimeKind.Utc), events[$"activity-{shanghai}@urbancoop"].DtEnd!.AsUtc);
        var one = events[$"activity-{after}@urbancoop"];
        Assert.Equal(new Uri(apps[db].BaseAddress, $"/activities/{after}"), one.Url);
        Assert.Contains("https://meet.example.org/room-7", one.Description);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Cancelled_activities_stay_in_the_feed_as_cancelled_and_one_activity_has_its_own_ics(Db db)
    {
        var http = apps[db].Http();
        var tag = Json.Unique("Cancelled");
        var id = await CreateAsync(http, tag, "Asia/Shanghai", "2025-06-01T09:00:00", "2025-06-01T10:00:00", status: "Cancelled");
        var feed = Parse(await http.GetStringAsync($"/partnerships/2/calendar.ics?q={Uri.EscapeDataString(tag)}"));
        Assert.Equal("CANCELLED", Assert.Single(feed.Events).Status);

        var single = await apps[db].Anonymous().GetAsync($"/activities/{id}/calendar.ics");
        Assert.Equal("text/calendar", single.Content.Headers.ContentType?.MediaType);
        Assert.Equal(tag, Assert.Single(Parse(await single.Content.ReadAsStringAsync()).Events).Summary);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Feeds_per_programme_place_organisation_and_person_hold_the_activities_of_their_lists(Db db)
    {
        var http = apps[db].Anonymous();
        foreach (var (feed, list) in new[]
        {
            ("/programmes/1/calendar.ics", "programme=1"), ("/places/1/calendar.ics?kind=OnlineMeeting", "place=1&kind=OnlineMeeting"),
            ("/organisations/1/calendar.ics", "organisation=1"), ("/people/1/calendar.ics", "person=1"),
        })
        {
            var events = Parse(await http.GetStringAsync(feed)).Events;
            var rows = await ApiRows.ReadAllAsync(http, "activities", list);
            Assert.Equal(rows.Select(r => $"activity-{r["id"]}@urbancoop").Order(), events.Select(e => e.Uid!).Order());
        }
    }

    [Theory]
    [InlineData("/places/999999/calendar.ics", HttpStatusCode.NotFound, "There is no place 999999")]
    [InlineData("/calendar.ics?from=2024-05-01&to=2024-01-01", HttpStatusCode.BadRequest, "before its start")]
    [InlineData("/calendar.ics?theme=nope", HttpStatusCode.BadRequest, "is not a theme id")]
    public async Task Bad_requests_name_the_problem(string url, HttpStatusCode status, string message)
    {
        var response = await apps[Db.Sqlite].Anonymous().GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }
}
