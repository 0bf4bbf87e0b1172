using System.Net;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Matchmaking;

[Collection(nameof(AppCollection))]
public sealed class MeetingRequestTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task One_side_requests_the_other_accepts_or_declines_and_only_the_asked_side_may_answer(Db db)
    {
        var app = apps[db];
        var admin = app.Http();
        var eventId = await MatchmakingArrange.EventAsync(admin);
        var asker = await MatchmakingArrange.OrganisationInAsync(admin, "ES");
        var asked = await MatchmakingArrange.OrganisationInAsync(admin, "CN");
        var third = await MatchmakingArrange.OrganisationInAsync(admin, "CN");
        var askerEditor = await app.SignedInAsync(UserRole.OrganisationEditor, organisation: asker);
        var askedEditor = await app.SignedInAsync(UserRole.OrganisationEditor, organisation: asked);

        var request = await MatchmakingArrange.RequestAsync(askerEditor, eventId, asker, asked, 3);
        var again = await askerEditor.PostJsonAsync($"/api/v1/organisations/{asker}/meeting-requests", new { eventId, withOrganisationId = asked });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var reverse = await askedEditor.PostJsonAsync($"/api/v1/organisations/{asked}/meeting-requests", new { eventId, withOrganisationId = asker });
        Assert.Equal(HttpStatusCode.Conflict, reverse.StatusCode);
        var self = await askerEditor.PostJsonAsync($"/api/v1/organisations/{asker}/meeting-requests", new { eventId, withOrganisationId = asker });
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Contains("itself", (string?)(await self.ReadJsonAsync())["errors"]!["WithOrganisationId"]![0]);
        var forOther = await askerEditor.PostJsonAsync($"/api/v1/organisations/{third}/meeting-requests", new { eventId, withOrganisationId = asked });
        Assert.Equal(HttpStatusCode.Forbidden, forOther.StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await askerEditor.PostAsync($"/api/v1/organisations/{asker}/meeting-requests/{request}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await askerEditor.PostAsync($"/api/v1/organisations/{asked}/meeting-requests/{request}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/organisations/{third}/meeting-requests/{request}/accept", null)).StatusCode);
        var accepted = await askedEditor.PostAsync($"/api/v1/organisations/{asked}/meeting-requests/{request}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Accepted", (string?)(await accepted.ReadJsonAsync())["status"]);
        Assert.Equal(HttpStatusCode.Conflict, (await askedEditor.PostAsync($"/api/v1/organisations/{asked}/meeting-requests/{request}/decline", null)).StatusCode);

        var second = await MatchmakingArrange.RequestAsync(admin, eventId, third, asked, 1);
        var page = await askedEditor.SubmitAsync($"/organisations/{asked}/matchmaking",
            new Dictionary<string, string> { ["requestId"] = second.ToString(), ["answer"] = "Decline" }, $"/organisations/{asked}/matchmaking?handler=Answer");
        Assert.Equal(HttpStatusCode.Found, page.StatusCode);
        var mine = (await (await admin.GetAsync($"/api/v1/organisations/{asked}/meeting-requests")).ReadJsonAsync()).AsArray();
        Assert.Equal("Declined", (string?)mine.Single(r => (int)r!["requestId"]! == second)!["status"]);
        Assert.Equal("Accepted", (string?)mine.Single(r => (int)r!["requestId"]! == request)!["status"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task An_event_without_slots_or_tables_or_with_an_unknown_zone_is_refused_naming_each_problem(Db db)
    {
        var admin = apps[db].Http();
        var response = await admin.PostJsonAsync("/api/v1/brokerage-events", new { name = Json.Unique("Empty"), timeZone = "Nowhere/City", tables = Array.Empty<string>(), slots = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject();
        Assert.Contains("Nowhere/City", (string?)errors["TimeZone"]![0]);
        Assert.Contains("no slots", (string?)errors["Slots"]![0]);
        Assert.Contains("no tables", (string?)errors["Tables"]![0]);
    }
}
