using System.Net;
using System.Net.Http.Json;
using UrbanCoop.Features.Activities;
using UrbanCoop.Tests.Features.Organisations;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.People;

[Collection(nameof(AppCollection))]
public sealed class PeopleApiTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creates_a_person_with_positions_and_reads_it_back(Db db)
    {
        var http = apps[db].Http();
        var bureau = await Arrange.OrganisationAsync(http);
        var university = await Arrange.OrganisationAsync(http);
        var family = Json.Unique("Wu");
        var created = await http.PostJsonAsync("/api/v1/people", new
        {
            givenName = " Wenneng ", familyName = family, familyNameFirst = true, honorific = "Mr", email = "wu@example.cn",
            phone = "+86 772 123 4567", contactConsent = true,
            positions = new object[]
            {
                new { organisationId = bureau, title = "Deputy Director", since = "2019-01-01" },
                new { organisationId = university, title = "Lecturer", since = "2010-09-01", until = "2018-12-31" },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)(await created.ReadJsonAsync())["id"]!;
        Assert.Equal($"/api/v1/people/{id}", created.Headers.Location?.OriginalString);

        var person = await (await http.GetAsync($"/api/v1/people/{id}")).ReadJsonAsync();
        Assert.Equal($"{family.ToUpperInvariant()} Wenneng", (string?)person["name"]);
        Assert.Equal("Wenneng", (string?)person["givenName"]);
        Assert.Equal("wu@example.cn", (string?)person["email"]);
        Assert.Equal("+86 772 123 4567", (string?)person["phone"]);
        var positions = person["positions"]!.AsArray();
        Assert.Equal(["Deputy Director", "Lecturer"], positions.Select(p => (string?)p!["title"]));
        Assert.Equal([true, false], positions.Select(p => (bool)p!["current"]!));
        Assert.Equal(bureau, (int?)positions[0]!["organisationId"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Rejects_invalid_input_with_a_message_per_field_and_stores_nothing(Db db)
    {
        var http = apps[db].Http();
        var organisation = await Arrange.OrganisationAsync(http);
        var family = Json.Unique("Nobody");
        var response = await http.PostJsonAsync("/api/v1/people", new
        {
            givenName = "", familyName = family, email = "not-an-address", phone = "call me maybe",
            positions = new object[]
            {
                new { organisationId = 999999999, title = "Mayor" },
                new { organisationId = organisation, title = "Advisor", since = "2020-01-01", until = "2019-01-01" },
                new { organisationId = organisation, title = "" },
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Contains("GivenName", errors);
        Assert.Contains("Email", errors);
        Assert.Contains("Phone", errors);
        Assert.Contains("Positions[0].OrganisationId", errors);
        Assert.Contains("Positions[1].Until", errors);
        Assert.Contains("Positions[2].Title", errors);
        var list = await (await http.GetAsync($"/api/v1/people?q={Uri.EscapeDataString(family)}")).ReadJsonAsync();
        Assert.Equal(0, (int?)list["total"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Answers_unknown_ids_with_problem_json_404(Db db)
    {
        var http = apps[db].Http();
        foreach (var request in new[]
                 {
                     new HttpRequestMessage(HttpMethod.Get, "/api/v1/people/987654321"),
                     new HttpRequestMessage(HttpMethod.Put, "/api/v1/people/987654321") { Content = JsonContent.Create(new { givenName = "A", familyName = "B", version = 1 }) },
                     new HttpRequestMessage(HttpMethod.Delete, "/api/v1/people/987654321"),
                 })
        {
            var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task An_update_replaces_the_positions_and_a_stale_one_gets_409(Db db)
    {
        var http = apps[db].Http();
        var before = await Arrange.OrganisationAsync(http);
        var after = await Arrange.OrganisationAsync(http);
        var id = await Arrange.PersonAsync(http, "David", Json.Unique("Martinez"), new { organisationId = before, title = "Architect" });

        var first = await http.PutJsonAsync($"/api/v1/people/{id}", new
        {
            givenName = "David", familyName = "First editor", version = 1,
            positions = new[] { new { organisationId = after, title = "Chief Architect" } },
        });
        await Expect.StatusAsync(HttpStatusCode.OK, first);
        var saved = await first.ReadJsonAsync();
        Assert.Equal(2, (int?)saved["version"]);
        Assert.Equal([after], saved["positions"]!.AsArray().Select(p => (int?)p!["organisationId"]));

        var second = await http.PutJsonAsync($"/api/v1/people/{id}", new { givenName = "David", familyName = "Second editor", positions = (object[]?)null, version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var current = (await second.ReadJsonAsync())["current"]!;
        Assert.Equal("First editor", (string?)current["familyName"]);
        Assert.Equal(["Chief Architect"], current["positions"]!.AsArray().Select(p => (string?)p!["title"]));

        var stored = await (await http.GetAsync($"/api/v1/people/{id}")).ReadJsonAsync();
        Assert.Equal("First editor", (string?)stored["familyName"]);
        Assert.Equal([after], stored["positions"]!.AsArray().Select(p => (int?)p!["organisationId"]));
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Refuses_to_delete_a_person_who_took_part_in_an_activity_and_deletes_positions_with_the_person(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var organisation = await Arrange.OrganisationAsync(http);
        var speaker = await Arrange.PersonAsync(http, "Ana", Json.Unique("Speaker"));
        var forum = Json.Unique("Forum");
        await Arrange.ActivityAsync(app, forum, participants: [new Participant { PersonId = speaker, Role = "Speaker" }]);

        var refused = await http.DeleteAsync($"/api/v1/people/{speaker}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains($"Activity: {forum}", (await refused.ReadJsonAsync())["usedBy"]!.AsArray().Select(u => (string?)u));

        var staff = await Arrange.PersonAsync(http, "Ben", Json.Unique("Staff"), new { organisationId = organisation, title = "Officer" });
        Assert.Equal(HttpStatusCode.Conflict, (await http.DeleteAsync($"/api/v1/organisations/{organisation}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/people/{staff}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/people/{staff}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/organisations/{organisation}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Lists_with_paging_sorting_and_filters_and_without_contact_details(Db db)
    {
        var http = apps[db].Http();
        var tag = Json.Unique("Lister").Replace(" ", "");
        var liuzhou = await Arrange.PlaceAsync(http);
        var cityHall = await Arrange.OrganisationAsync(http, placeId: liuzhou);
        var company = await Arrange.OrganisationAsync(http);
        await http.PostJsonAsync("/api/v1/people", new
        {
            givenName = "Carla", familyName = $"{tag}C", email = "carla@example.org", phone = "+34 600 000 000",
            positions = new[] { new { organisationId = cityHall, title = "Mayor" } },
        }).IdAsync();
        await Arrange.PersonAsync(http, "Alba", $"{tag}A", new { organisationId = company, title = "CEO" });
        await Arrange.PersonAsync(http, "Bruno", $"{tag}B", new { organisationId = cityHall, title = "Clerk", until = "2018-01-01" });

        var q = Uri.EscapeDataString(tag);
        var page1 = await (await http.GetAsync($"/api/v1/people?q={q}&sort=-name&pageSize=2")).ReadJsonAsync();
        Assert.Equal(3, (int?)page1["total"]);
        Assert.Equal(2, (int?)page1["totalPages"]);
        var items = page1["items"]!.AsArray();
        Assert.Equal([$"{tag}C", $"{tag}B"], items.Select(i => (string?)i!["familyName"]));
        Assert.All(items, i => Assert.False(i!.AsObject().ContainsKey("email") || i.AsObject().ContainsKey("phone")));
        Assert.Equal(["Mayor"], items[0]!["positions"]!.AsArray().Select(p => (string?)p!["title"]));
        var page2 = await (await http.GetAsync($"/api/v1/people?q={q}&sort=-name&pageSize=2&page=2")).ReadJsonAsync();
        Assert.Equal([$"{tag}A"], page2["items"]!.AsArray().Select(i => (string?)i!["familyName"]));

        async Task<IEnumerable<string?>> FamiliesAsync(string filter) =>
            (await (await http.GetAsync($"/api/v1/people?q={q}&{filter}")).ReadJsonAsync())["items"]!.AsArray().Select(i => (string?)i!["familyName"]);
        Assert.Equal([$"{tag}B", $"{tag}C"], await FamiliesAsync($"organisation={cityHall}"));
        Assert.Equal([$"{tag}B", $"{tag}C"], await FamiliesAsync($"place={liuzhou}"));
        Assert.Equal([$"{tag}A"], await FamiliesAsync($"organisation={company}&sort=given"));

        var badSort = await http.GetAsync("/api/v1/people?sort=shoe-size");
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Name_search_ignores_accents_case_and_name_order(Db db)
    {
        var http = apps[db].Http();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var martinez = await Arrange.PersonAsync(http, "David", $"Martínez{tag}");
        var alvaro = await Arrange.PersonAsync(http, "Álvaro", $"Núñez{tag}");
        var wu = await http.PostJsonAsync("/api/v1/people", new { givenName = "Wenneng", familyName = $"Wu{tag}", familyNameFirst = true }).IdAsync();

        async Task<IEnumerable<int?>> FindAsync(string text) =>
            (await (await http.GetAsync($"/api/v1/people?q={Uri.EscapeDataString(text)}")).ReadJsonAsync())["items"]!.AsArray().Select(i => (int?)i!["id"]);
        Assert.Equal([martinez], await FindAsync($"david martinez{tag}"));
        Assert.Equal([martinez], await FindAsync($"MARTÍNEZ{tag} David"));
        Assert.Equal([alvaro], await FindAsync($"alvaro nunez{tag}"));
        Assert.Equal([wu], await FindAsync($"WU{tag} Wenneng"));
        Assert.Empty(await FindAsync($"maria martinez{tag}"));
    }
}
