using System.Net;
using System.Net.Http.Json;
using UrbanCoop.Features.Activities;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Organisations;

[Collection(nameof(AppCollection))]
public sealed class OrganisationsApiTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creates_an_organisation_and_reads_it_back(Db db)
    {
        var http = apps[db].Http();
        var place = await Arrange.PlaceAsync(http, country: "CN");
        var parent = await Arrange.OrganisationAsync(http, placeId: place);
        var name = Json.Unique("Liuzhou Bureau of Commerce");
        var created = await http.PostJsonAsync("/api/v1/organisations", new
        {
            name, acronym = "LBC", kind = "PublicAuthority", placeId = place, parentId = parent, website = "https://www.liuzhou.gov.cn",
            description = "Trade and investment promotion.", aliases = new[] { "Commerce Bureau", " ", "commerce bureau" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)(await created.ReadJsonAsync())["id"]!;
        Assert.Equal($"/api/v1/organisations/{id}", created.Headers.Location?.OriginalString);

        var organisation = await (await http.GetAsync($"/api/v1/organisations/{id}")).ReadJsonAsync();
        Assert.Equal(name, (string?)organisation["name"]);
        Assert.Equal("LBC", (string?)organisation["acronym"]);
        Assert.Equal("PublicAuthority", (string?)organisation["kind"]);
        Assert.Equal(place, (int?)organisation["place"]!["id"]);
        Assert.Equal("China", (string?)organisation["country"]);
        Assert.Equal(parent, (int?)organisation["parent"]!["id"]);
        Assert.Equal(["Commerce Bureau"], organisation["aliases"]!.AsArray().Select(a => (string?)a));
        Assert.Equal(1, (int?)organisation["version"]);

        var parentProfile = await (await http.GetAsync($"/api/v1/organisations/{parent}")).ReadJsonAsync();
        Assert.Contains(name, parentProfile["children"]!.AsArray().Select(c => (string?)c!["name"]));
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Rejects_invalid_input_with_a_message_per_field_and_stores_nothing(Db db)
    {
        var http = apps[db].Http();
        var response = await http.PostJsonAsync("/api/v1/organisations", new
        {
            name = "", acronym = new string('A', 41), website = "liuzhou dot gov", placeId = 999999999, parentId = 999999999,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Contains("Name", errors);
        Assert.Contains("Acronym", errors);
        Assert.Contains("Website", errors);
        Assert.Contains("PlaceId", errors);
        Assert.Contains("ParentId", errors);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Refuses_a_parent_that_would_make_a_cycle(Db db)
    {
        var http = apps[db].Http();
        var topName = Json.Unique("Municipal Government");
        var top = await Arrange.OrganisationAsync(http, topName);
        var middle = await Arrange.OrganisationAsync(http, parentId: top);
        var bottom = await Arrange.OrganisationAsync(http, parentId: middle);

        foreach (var parentId in new[] { top, bottom })
        {
            var response = await http.PutJsonAsync($"/api/v1/organisations/{top}", new { name = topName, parentId, version = 1 });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("ParentId", (await response.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key));
        }
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Answers_unknown_ids_with_problem_json_404(Db db)
    {
        var http = apps[db].Http();
        foreach (var request in new[]
                 {
                     new HttpRequestMessage(HttpMethod.Get, "/api/v1/organisations/987654321"),
                     new HttpRequestMessage(HttpMethod.Put, "/api/v1/organisations/987654321") { Content = JsonContent.Create(new { name = "X", version = 1 }) },
                     new HttpRequestMessage(HttpMethod.Delete, "/api/v1/organisations/987654321"),
                 })
        {
            var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_second_save_from_a_stale_version_gets_409_and_loses_no_update(Db db)
    {
        var http = apps[db].Http();
        var id = await Arrange.OrganisationAsync(http);
        var first = await http.PutJsonAsync($"/api/v1/organisations/{id}", new { name = "First editor", kind = "Business", version = 1 });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2, (int?)(await first.ReadJsonAsync())["version"]);

        var second = await http.PutJsonAsync($"/api/v1/organisations/{id}", new { name = "Second editor", version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.ReadJsonAsync();
        Assert.Equal("First editor", (string?)problem["current"]!["name"]);
        Assert.Equal("Business", (string?)problem["current"]!["kind"]);

        var stored = await (await http.GetAsync($"/api/v1/organisations/{id}")).ReadJsonAsync();
        Assert.Equal("First editor", (string?)stored["name"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Refuses_to_delete_an_organisation_that_others_use_and_lists_them(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var place = await Arrange.PlaceAsync(http);
        var id = await Arrange.OrganisationAsync(http, placeId: place);
        var childName = Json.Unique("Department");
        await Arrange.OrganisationAsync(http, childName, parentId: id);
        var family = Json.Unique("Wu");
        await Arrange.PersonAsync(http, "Wenneng", family, new { organisationId = id, title = "Director" });
        var forum = Json.Unique("Forum");
        await Arrange.ActivityAsync(app, forum, organisers: [id]);
        var visit = Json.Unique("Visit");
        await Arrange.ActivityAsync(app, visit, participants: [new Participant { OrganisationId = id }]);
        var mou = Json.Unique("MoU");
        await http.PostJsonAsync("/api/v1/agreements", new { title = mou, organisationIds = new[] { id } }).IdAsync();
        var pilot = Json.Unique("Pilot");
        await Arrange.PilotProjectAsync(app, pilot, place, id);

        var refused = await http.DeleteAsync($"/api/v1/organisations/{id}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var usedBy = (await refused.ReadJsonAsync())["usedBy"]!.AsArray().Select(u => (string?)u).ToList();
        Assert.Contains($"Organisation: {childName}", usedBy);
        Assert.Contains($"Person: Wenneng {family} (Director)", usedBy);
        Assert.Contains($"Activity (organiser): {forum}", usedBy);
        Assert.Contains($"Activity (participant): {visit}", usedBy);
        Assert.Contains($"Agreement: {mou}", usedBy);
        Assert.Contains($"Pilot project: {pilot}", usedBy);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/v1/organisations/{id}")).StatusCode);

        var unused = await Arrange.OrganisationAsync(http);
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/organisations/{unused}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/organisations/{unused}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Lists_with_paging_sorting_and_filters(Db db)
    {
        var http = apps[db].Http();
        var tag = Json.Unique("Listorg");
        var japan = await Arrange.PlaceAsync(http, country: "JP");
        var italy = await Arrange.PlaceAsync(http, country: "IT");
        var a = await Arrange.OrganisationAsync(http, $"{tag} A", "Research", japan);
        await Arrange.OrganisationAsync(http, $"{tag} B", "Business", italy, parentId: a);
        await Arrange.OrganisationAsync(http, $"{tag} C", "Business", japan, parentId: a);
        var aliasTag = Json.Unique("Alias");
        await http.PostJsonAsync("/api/v1/organisations", new { name = Json.Unique("Aliased"), aliases = new[] { aliasTag } }).IdAsync();

        var q = Uri.EscapeDataString(tag);
        var page1 = await (await http.GetAsync($"/api/v1/organisations?q={q}&sort=-name&pageSize=2")).ReadJsonAsync();
        Assert.Equal(3, (int?)page1["total"]);
        Assert.Equal(2, (int?)page1["totalPages"]);
        Assert.Equal([$"{tag} C", $"{tag} B"], page1["items"]!.AsArray().Select(i => (string?)i!["name"]));
        var page2 = await (await http.GetAsync($"/api/v1/organisations?q={q}&sort=-name&pageSize=2&page=2")).ReadJsonAsync();
        Assert.Equal([$"{tag} A"], page2["items"]!.AsArray().Select(i => (string?)i!["name"]));

        async Task<IEnumerable<string?>> NamesAsync(string filter) =>
            (await (await http.GetAsync($"/api/v1/organisations?q={q}&{filter}")).ReadJsonAsync())["items"]!.AsArray().Select(i => (string?)i!["name"]);
        Assert.Equal([$"{tag} B", $"{tag} C"], await NamesAsync("kind=Business"));
        Assert.Equal([$"{tag} A", $"{tag} C"], await NamesAsync($"place={japan}"));
        Assert.Equal([$"{tag} B"], await NamesAsync("country=it"));
        Assert.Equal([$"{tag} B", $"{tag} C"], await NamesAsync($"parent={a}"));
        Assert.Equal([$"{tag} B"], await NamesAsync($"parent={a}&country=IT"));

        var byAlias = await (await http.GetAsync($"/api/v1/organisations?q={Uri.EscapeDataString(aliasTag.ToUpperInvariant())}")).ReadJsonAsync();
        Assert.Equal(1, (int?)byAlias["total"]);
        var badSort = await http.GetAsync("/api/v1/organisations?sort=shoe-size");
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_profile_gathers_people_activities_agreements_and_pilot_projects(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var place = await Arrange.PlaceAsync(http);
        var id = await Arrange.OrganisationAsync(http, placeId: place);
        var now = Json.Unique("Now");
        var then = Json.Unique("Then");
        var current = await Arrange.PersonAsync(http, "Ana", now, new { organisationId = id, title = "Director", since = "2019-01-01" });
        var former = await Arrange.PersonAsync(http, "Ben", then, new { organisationId = id, title = "Advisor", since = "2015-01-01", until = "2018-12-31" });
        var organised = await Arrange.ActivityAsync(app, Json.Unique("Forum"), organisers: [id]);
        var attended = await Arrange.ActivityAsync(app, Json.Unique("Visit"), participants: [new Participant { OrganisationId = id, Role = "Delegation" }]);
        var mou = await http.PostJsonAsync("/api/v1/agreements", new { title = Json.Unique("MoU"), organisationIds = new[] { id } }).IdAsync();
        var pilot = await Arrange.PilotProjectAsync(app, Json.Unique("Pilot"), place, id);

        var profile = await (await http.GetAsync($"/api/v1/organisations/{id}")).ReadJsonAsync();
        var people = profile["people"]!.AsArray();
        Assert.True((bool)people.Single(p => (int?)p!["id"] == current)!["current"]!);
        Assert.False((bool)people.Single(p => (int?)p!["id"] == former)!["current"]!);
        var activities = profile["activities"]!.AsArray();
        Assert.True((bool)activities.Single(a => (int?)a!["id"] == organised)!["organised"]!);
        Assert.True((bool)activities.Single(a => (int?)a!["id"] == attended)!["tookPart"]!);
        Assert.Equal([mou], profile["agreements"]!.AsArray().Select(a => (int?)a!["id"]));
        Assert.Equal([pilot], profile["pilotProjects"]!.AsArray().Select(p => (int?)p!["id"]));
    }
}
