using System.Net;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Tests.Features.Activities;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Publishing;

[Collection(nameof(AppCollection))]
public sealed class PublicationTests(Apps apps)
{
    private static async Task<int> PlaceAsync(HttpClient admin, string country) =>
        (int)(await (await admin.PostJsonAsync("/api/v1/places", new { name = Json.Unique("Draft town"), countryCode = country })).ReadJsonAsync())["id"]!;

    private static async Task<bool> ListsAsync(HttpClient http, string title) =>
        (int)(await (await http.GetAsync($"/api/v1/activities?q={Uri.EscapeDataString(title)}")).ReadJsonAsync())["total"]! == 1;

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_draft_is_seen_only_by_those_who_may_edit_it(Db db)
    {
        var app = apps[db];
        var admin = app.Http();
        var mine = await PlaceAsync(admin, "CN");
        var theirs = await PlaceAsync(admin, "ES");
        var title = Json.Unique("Unannounced mission");
        var body = Arrange.Activity(await Arrange.ProgrammeAsync(app), title);
        body["placeIds"] = new[] { mine };
        var id = await Arrange.ActivityAsync(admin, body);

        var draft = await admin.PutJsonAsync($"/api/v1/activities/{id}/publication", new { published = false, version = 1 });
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.False((bool)(await draft.ReadJsonAsync())["published"]!);

        var coordinator = await app.SignedInAsync(UserRole.Coordinator, [mine]);
        var otherCity = await app.SignedInAsync(UserRole.Coordinator, [theirs]);
        var member = await app.SignedInAsync(UserRole.Member);
        foreach (var reader in new[] { app.Anonymous(), member, otherCity })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/activities/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/activities/{id}")).StatusCode);
            Assert.False(await ListsAsync(reader, title));
        }
        foreach (var editor in new[] { admin, coordinator })
        {
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/api/v1/activities/{id}")).StatusCode);
            Assert.True(await ListsAsync(editor, title));
        }
        Assert.Contains("Draft", await coordinator.GetStringAsync($"/activities/{id}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCity.PutJsonAsync($"/api/v1/activities/{id}/publication", new { published = true, version = 2 })).StatusCode);

        var published = await coordinator.SubmitAsync($"/activities/{id}", new Dictionary<string, string> { ["published"] = "true", ["version"] = "2" }, $"/activities/{id}/publication");
        Assert.Equal(HttpStatusCode.Found, published.StatusCode);
        Assert.Equal($"/activities/{id}", published.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync($"/activities/{id}")).StatusCode);
        Assert.True(await ListsAsync(app.Anonymous(), title));
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_stale_or_unknown_publication_change_is_refused(Db db)
    {
        var admin = apps[db].Http();
        var id = await PlaceAsync(admin, "IT");
        var stale = await admin.PutJsonAsync($"/api/v1/places/{id}/publication", new { published = false, version = 7 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(1, (int)(await stale.ReadJsonAsync())["current"]!["version"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutJsonAsync("/api/v1/places/999999/publication", new { published = false, version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await apps[db].Anonymous().GetAsync($"/api/v1/places/{id}")).StatusCode);
    }
}
