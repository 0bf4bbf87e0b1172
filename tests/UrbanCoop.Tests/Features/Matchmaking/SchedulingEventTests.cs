using System.Net;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Matchmaking;

[Collection(nameof(AppCollection))]
public sealed class SchedulingEventTests(Apps apps)
{
    private sealed record Placed(int Slot, string Table);

    private static async Task<Dictionary<int, Placed>> PlacedAsync(HttpClient http, int eventId) =>
        (await (await http.GetAsync($"/api/v1/brokerage-events/{eventId}")).ReadJsonAsync())["requests"]!.AsArray()
            .Where(r => r!["slotId"] is not null)
            .ToDictionary(r => (int)r!["requestId"]!, r => new Placed((int)r!["slotId"]!, (string)r["table"]!));

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Cancelling_a_meeting_and_rescheduling_keeps_every_other_confirmed_meeting_where_it_was(Db db)
    {
        var admin = apps[db].Http();
        var eventId = await MatchmakingArrange.EventAsync(admin, slots: 3, tables: 2);
        var orgs = new List<int>();
        for (var i = 0; i < 5; i++) orgs.Add(await MatchmakingArrange.OrganisationInAsync(admin, i % 2 == 0 ? "ES" : "CN"));
        var requests = new List<int>();
        foreach (var (a, b) in new[] { (0, 1), (0, 3), (2, 1), (2, 3), (4, 1), (4, 3) })
            requests.Add(await MatchmakingArrange.AcceptedMeetingAsync(admin, eventId, orgs[a], orgs[b]));

        await Expect.StatusAsync(HttpStatusCode.OK, await admin.PostAsync($"/api/v1/brokerage-events/{eventId}/schedule", null));
        var first = await PlacedAsync(admin, eventId);
        Assert.Equal(6, first.Count);   // two per slot, each participant once a slot: all six fit
        await Expect.StatusAsync(HttpStatusCode.OK, await admin.PostAsync($"/api/v1/brokerage-events/{eventId}/confirm", null));

        var cancelled = requests[0];
        await Expect.StatusAsync(HttpStatusCode.OK, await admin.PostAsync($"/api/v1/organisations/{orgs[1]}/meeting-requests/{cancelled}/cancel", null));
        var newcomer = await MatchmakingArrange.OrganisationInAsync(admin, "CN");
        var late = await MatchmakingArrange.AcceptedMeetingAsync(admin, eventId, orgs[0], newcomer, 3);
        var run = await admin.PostAsync($"/api/v1/brokerage-events/{eventId}/schedule", null);
        await Expect.StatusAsync(HttpStatusCode.OK, run);

        var second = await PlacedAsync(admin, eventId);
        Assert.DoesNotContain(cancelled, second.Keys);
        foreach (var kept in requests.Skip(1)) Assert.Equal(first[kept], second[kept]);
        // the freed table-slot is the only free one
        Assert.Equal(first[cancelled].Slot, second[late].Slot);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_failed_run_names_the_problem_and_leaves_the_previous_schedule_untouched(Db db)
    {
        var app = apps[db];
        var admin = app.Http();
        var eventId = await MatchmakingArrange.EventAsync(admin);
        var a = await MatchmakingArrange.OrganisationInAsync(admin, "ES");
        var b = await MatchmakingArrange.OrganisationInAsync(admin, "CN");
        var request = await MatchmakingArrange.AcceptedMeetingAsync(admin, eventId, a, b);
        await Expect.StatusAsync(HttpStatusCode.OK, await admin.PostAsync($"/api/v1/brokerage-events/{eventId}/schedule", null));
        var before = await PlacedAsync(admin, eventId);

        await using (var scope = app.OpenDb())
            await scope.Db.BrokerageParticipants.Where(p => p.EventId == eventId && p.OrganisationId == a)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.TimeZone, "Atlantis/Capital"));
        var failed = await admin.PostAsync($"/api/v1/brokerage-events/{eventId}/schedule", null);
        Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        Assert.Contains("Atlantis/Capital", (string?)(await failed.ReadJsonAsync())["errors"]!["Schedule"]![0]);
        Assert.Equal(before, await PlacedAsync(admin, eventId));
        Assert.Single(before, p => p.Key == request);

        var page = await admin.SubmitAsync($"/brokerage-events/{eventId}", new Dictionary<string, string>(), $"/brokerage-events/{eventId}?handler=Schedule");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Atlantis/Capital", await page.Content.ReadAsStringAsync());
    }
}
