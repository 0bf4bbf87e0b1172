using System.Net;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Accounts;

[Collection(nameof(AppCollection))]
public sealed class WriteAccessTests(Apps apps)
{
    private static readonly string[] Kinds =
        ["programmes", "places", "partnerships", "clusters", "action-plans", "pilot-projects", "activities", "organisations", "people", "agreements", "documents"];

    private static async Task<int> NewPlaceAsync(HttpClient admin, string country = "CN", int? parentId = null) =>
        (int)(await (await admin.PostJsonAsync("/api/v1/places", new { name = Json.Unique("Scoped"), countryCode = country, parentId })).ReadJsonAsync())["id"]!;

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Anonymous_changes_get_401_and_members_403_through_every_API_and_nothing_is_stored(Db db)
    {
        var app = apps[db];
        var member = await app.SignedInAsync(UserRole.Member);
        foreach (var kind in Kinds)
        {
            foreach (var (client, expected) in new[] { (app.Anonymous(), HttpStatusCode.Unauthorized), (member, HttpStatusCode.Forbidden) })
            {
                var post = await client.PostJsonAsync($"/api/v1/{kind}", new { name = "Intruder", title = "Intruder" });
                Assert.Equal(expected, post.StatusCode);
                Assert.Equal("application/problem+json", post.Content.Headers.ContentType?.MediaType);
                Assert.Equal(expected, (await client.PutJsonAsync($"/api/v1/{kind}/1", new { name = "Intruder" })).StatusCode);
                Assert.Equal(expected, (await client.DeleteAsync($"/api/v1/{kind}/1")).StatusCode);
            }
        }
        Assert.Equal(0, (int?)(await (await app.Http().GetAsync("/api/v1/places?q=Intruder")).ReadJsonAsync())["total"]);
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/api/v1/places/1")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_coordinator_changes_their_places_and_what_hangs_on_them_but_not_another_city(Db db)
    {
        var app = apps[db];
        var admin = app.Http();
        var mine = await NewPlaceAsync(admin);
        var district = await NewPlaceAsync(admin, parentId: mine);
        var theirs = await NewPlaceAsync(admin, "ES");
        var coordinator = await app.SignedInAsync(UserRole.Coordinator, [mine]);

        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutJsonAsync($"/api/v1/places/{mine}", new { name = Json.Unique("Mine"), countryCode = "CN", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutJsonAsync($"/api/v1/places/{district}", new { name = Json.Unique("District"), countryCode = "CN", parentId = mine, version = 1 })).StatusCode);
        var refused = await coordinator.PutJsonAsync($"/api/v1/places/{theirs}", new { name = "Taken over", countryCode = "ES", version = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.NotEqual("Taken over", (string?)(await (await admin.GetAsync($"/api/v1/places/{theirs}")).ReadJsonAsync())["name"]);

        var orgName = Json.Unique("Local bureau");
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostJsonAsync("/api/v1/organisations", new { name = orgName, kind = "PublicAuthority", placeId = mine })).StatusCode);
        var elsewhere = Json.Unique("Foreign bureau");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostJsonAsync("/api/v1/organisations", new { name = elsewhere, kind = "PublicAuthority", placeId = theirs })).StatusCode);
        Assert.Equal(0, (int?)(await (await admin.GetAsync($"/api/v1/organisations?q={Uri.EscapeDataString(elsewhere)}")).ReadJsonAsync())["total"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostJsonAsync("/api/v1/programmes", new { name = Json.Unique("Own programme") })).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_coordinator_cannot_move_their_record_to_another_city(Db db)
    {
        var app = apps[db];
        var admin = app.Http();
        var mine = await NewPlaceAsync(admin);
        var theirs = await NewPlaceAsync(admin, "IT");
        var org = (int)(await (await admin.PostJsonAsync("/api/v1/organisations", new { name = Json.Unique("Mover"), kind = "Business", placeId = mine })).ReadJsonAsync())["id"]!;
        var coordinator = await app.SignedInAsync(UserRole.Coordinator, [mine]);

        var moved = await coordinator.PutJsonAsync($"/api/v1/organisations/{org}", new { name = "Moved", kind = "Business", placeId = theirs, version = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, moved.StatusCode);
        var stored = await (await admin.GetAsync($"/api/v1/organisations/{org}")).ReadJsonAsync();
        Assert.NotEqual("Moved", (string?)stored["name"]);
        Assert.Equal(1, (int?)stored["version"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Edit_pages_send_anonymous_visitors_to_sign_in_and_refuse_another_citys_coordinator(Db db)
    {
        var app = apps[db];
        var admin = app.Http();
        var mine = await NewPlaceAsync(admin);
        var theirs = await NewPlaceAsync(admin, "DE");

        var anonymous = await app.Anonymous().GetAsync($"/places/{mine}/edit");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location?.PathAndQuery);

        var coordinator = await app.SignedInAsync(UserRole.Coordinator, [mine]);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/places/{mine}/edit")).StatusCode);
        var other = await coordinator.GetAsync($"/places/{theirs}/edit");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains("Your account may not do this", await other.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/programmes/new")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task An_organisation_editor_edits_their_organisation_only(Db db)
    {
        var app = apps[db];
        var admin = app.Http();
        var place = await NewPlaceAsync(admin);
        var own = (int)(await (await admin.PostJsonAsync("/api/v1/organisations", new { name = Json.Unique("Own company"), kind = "Business", placeId = place })).ReadJsonAsync())["id"]!;
        var other = (int)(await (await admin.PostJsonAsync("/api/v1/organisations", new { name = Json.Unique("Other company"), kind = "Business", placeId = place })).ReadJsonAsync())["id"]!;
        var editor = await app.SignedInAsync(UserRole.OrganisationEditor, organisation: own);

        Assert.Equal(HttpStatusCode.OK, (await editor.PutJsonAsync($"/api/v1/organisations/{own}", new { name = Json.Unique("Renamed"), kind = "Business", placeId = place, version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PutJsonAsync($"/api/v1/organisations/{other}", new { name = "Hijacked", kind = "Business", placeId = place, version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PutJsonAsync($"/api/v1/places/{place}", new { name = "Hijacked", countryCode = "CN", version = 1 })).StatusCode);
    }
}
