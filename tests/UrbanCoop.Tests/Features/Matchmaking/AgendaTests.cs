using System.Net;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Matchmaking;

[Collection(nameof(AppCollection))]
public sealed class AgendaTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Each_participant_sees_the_meeting_in_its_own_zone_on_the_page_and_in_the_iCal_file(Db db)
    {
        var admin = apps[db].Http();
        var eventId = await MatchmakingArrange.EventAsync(admin, slots: 1);   // 2026-03-10 07:00–07:20 UTC
        var madrid = await MatchmakingArrange.OrganisationInAsync(admin, "ES");
        var liuzhou = await MatchmakingArrange.OrganisationInAsync(admin, "CN");
        foreach (var (org, zone) in new[] { (madrid, "Europe/Madrid"), (liuzhou, "Asia/Shanghai") })
            await Expect.StatusAsync(HttpStatusCode.OK, await admin.PostJsonAsync($"/api/v1/organisations/{org}/brokerage-registrations", new { eventId, timeZone = zone }));
        await MatchmakingArrange.AcceptedMeetingAsync(admin, eventId, madrid, liuzhou);
        await Expect.StatusAsync(HttpStatusCode.OK, await admin.PostAsync($"/api/v1/brokerage-events/{eventId}/schedule", null));

        var madridPage = await (await admin.GetAsync($"/organisations/{madrid}/agenda/{eventId}")).Content.ReadAsStringAsync();
        Assert.Contains("08:00–08:20", madridPage);   // CET, UTC+1 in March
        var liuzhouPage = await (await admin.GetAsync($"/organisations/{liuzhou}/agenda/{eventId}")).Content.ReadAsStringAsync();
        Assert.Contains("15:00–15:20", liuzhouPage);

        var file = await admin.GetAsync($"/api/v1/organisations/{madrid}/agenda/{eventId}/ical");
        Assert.Equal("text/calendar", file.Content.Headers.ContentType?.MediaType);
        var text = await file.Content.ReadAsStringAsync();
        Assert.Contains("DTSTART;TZID=Europe/Madrid:20260310T080000", text);
        Assert.Contains("BEGIN:VTIMEZONE", text);
        var calendar = Ical.Net.Calendar.Load(text)!;
        var meeting = Assert.Single(calendar.Events);
        Assert.Equal(new DateTime(2026, 3, 10, 7, 0, 0, DateTimeKind.Utc), meeting.Start!.AsUtc);

        var liuzhouFile = await (await admin.GetAsync($"/api/v1/organisations/{liuzhou}/agenda/{eventId}/ical")).Content.ReadAsStringAsync();
        Assert.Contains("DTSTART;TZID=Asia/Shanghai:20260310T150000", liuzhouFile);
    }
}
