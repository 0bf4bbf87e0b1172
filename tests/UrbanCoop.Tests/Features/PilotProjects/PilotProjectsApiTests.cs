using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using UrbanCoop.Features.Documents;
using UrbanCoop.Tests.Features.Programmes;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.PilotProjects;

[Collection(nameof(AppCollection))]
public sealed class PilotProjectsApiTests(Apps apps)
{
    private static async Task<int> CreateAsync(HttpClient http, object project)
    {
        var response = await http.PostJsonAsync("/api/v1/pilot-projects", project);
        await Expect.StatusAsync(HttpStatusCode.Created, response);
        return (int)(await response.ReadJsonAsync())["id"]!;
    }

    private static IEnumerable<string?> Titles(JsonNode list) => list["items"]!.AsArray().Select(i => (string?)i!["title"]);

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creates_a_pilot_project_and_reads_its_profile(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var programmeId = await Records.ProgrammeAsync(http);
        var partnershipId = await Records.PartnershipAsync(app, programmeId, Json.Unique("Liuzhou–Stuttgart"));
        var placeId = await Records.PlaceAsync(http);
        var cityHall = await Records.OrganisationAsync(app, Json.Unique("Liuzhou Municipal Government"));
        var institute = await Records.OrganisationAsync(app, Json.Unique("Fraunhofer IAO"));
        var title = Json.Unique("Smart street lighting");

        var response = await http.PostJsonAsync("/api/v1/pilot-projects", new
        {
            title, placeId, partnershipId, status = "InProgress", progress = 40, description = "LED lights with sensors.",
            themes = new[] { "smart-city", "energy-transition", "smart-city" }, sdgs = new[] { 11, 7, 11 },
            partnerIds = new[] { cityHall, institute, cityHall },
            milestones = new object[]
            {
                new { title = "Feasibility study", dueOn = "2019-03-01", doneOn = "2019-02-20" },
                new { title = "Tender", dueOn = "2001-01-01" },
                new { title = "Roll-out", dueOn = "2999-12-31" },
            },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (int)(await response.ReadJsonAsync())["id"]!;
        Assert.Equal($"/api/v1/pilot-projects/{id}", response.Headers.Location?.OriginalString);

        var project = await (await http.GetAsync($"/api/v1/pilot-projects/{id}")).ReadJsonAsync();
        Assert.Equal(title, (string?)project["title"]);
        Assert.Equal(placeId, (int?)project["place"]!["id"]);
        Assert.Equal("China", (string?)project["country"]);
        Assert.Equal(partnershipId, (int?)project["partnership"]!["id"]);
        Assert.Equal(programmeId, (int?)project["programme"]!["id"]);
        Assert.Equal("InProgress", (string?)project["status"]);
        Assert.Equal(40, (int?)project["progress"]);
        Assert.Equal(["Smart city", "Energy transition"], project["themes"]!.AsArray().Select(t => (string?)t!["name"]));
        Assert.Equal(["Affordable and clean energy", "Sustainable cities and communities"], project["sdgs"]!.AsArray().Select(s => (string?)s!["name"]));
        Assert.Equal(2, project["partners"]!.AsArray().Count);
        var milestones = project["milestones"]!.AsArray();
        Assert.Equal([false, true, false], milestones.Select(m => (bool)m!["overdue"]!));
        Assert.Equal("2019-02-20", (string?)milestones[0]!["doneOn"]);
        Assert.Equal(1, (int?)project["version"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Rejects_invalid_input_with_a_message_per_field_and_stores_nothing(Db db)
    {
        var http = apps[db].Http();
        var response = await http.PostJsonAsync("/api/v1/pilot-projects", new
        {
            title = "", progress = 150, partnershipId = 987654321, themes = new[] { "moon-base" }, sdgs = new[] { 0, 18 },
            partnerIds = new[] { 987654321 }, milestones = new[] { new { title = "" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key).ToList();
        foreach (var field in new[] { "Title", "PlaceId", "Progress", "PartnershipId", "Themes", "Sdgs", "PartnerIds", "Milestones[0].Title" })
            Assert.Contains(field, errors);

        var nullLists = await http.PostJsonAsync("/api/v1/pilot-projects", new { title = "", themes = (string[]?)null, milestones = (object[]?)null });
        Assert.Equal(HttpStatusCode.BadRequest, nullLists.StatusCode);

        var title = Json.Unique("Nowhere project");
        var unknownPlace = await http.PostJsonAsync("/api/v1/pilot-projects", new { title, placeId = 987654321 });
        Assert.Equal(HttpStatusCode.BadRequest, unknownPlace.StatusCode);
        Assert.Contains("PlaceId", (await unknownPlace.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key));
        var list = await (await http.GetAsync($"/api/v1/pilot-projects?q={Uri.EscapeDataString(title)}")).ReadJsonAsync();
        Assert.Equal(0, (int?)list["total"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Answers_unknown_ids_with_problem_json_404(Db db)
    {
        var http = apps[db].Http();
        foreach (var request in new[]
                 {
                     new HttpRequestMessage(HttpMethod.Get, "/api/v1/pilot-projects/987654321"),
                     new HttpRequestMessage(HttpMethod.Delete, "/api/v1/pilot-projects/987654321"),
                     new HttpRequestMessage(HttpMethod.Put, "/api/v1/pilot-projects/987654321") { Content = JsonContent.Create(new { title = "Nothing", version = 1 }) },
                 })
        {
            var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Updates_replace_partners_and_milestones_and_a_stale_version_gets_409(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var placeId = await Records.PlaceAsync(http);
        var a = await Records.OrganisationAsync(app, Json.Unique("Org A"));
        var b = await Records.OrganisationAsync(app, Json.Unique("Org B"));
        var c = await Records.OrganisationAsync(app, Json.Unique("Org C"));
        var id = await CreateAsync(http, new
        {
            title = Json.Unique("Racing project"), placeId, partnerIds = new[] { a, b }, milestones = new[] { new { title = "Old step" } },
        });

        var first = await http.PutJsonAsync($"/api/v1/pilot-projects/{id}", new
        {
            title = "First editor", placeId, progress = 50, partnerIds = new[] { b, c }, milestones = new[] { new { title = "New step" } }, version = 1,
        });
        await Expect.StatusAsync(HttpStatusCode.OK, first);
        var saved = await first.ReadJsonAsync();
        Assert.Equal(2, (int?)saved["version"]);
        Assert.Equal([b, c], saved["partnerIds"]!.AsArray().Select(p => (int)p!).Order());

        var second = await http.PutJsonAsync($"/api/v1/pilot-projects/{id}", new { title = "Second editor", placeId, version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("First editor", (string?)(await second.ReadJsonAsync())["current"]!["title"]);

        var stored = await (await http.GetAsync($"/api/v1/pilot-projects/{id}")).ReadJsonAsync();
        Assert.Equal("First editor", (string?)stored["title"]);
        Assert.Equal([b, c], stored["partners"]!.AsArray().Select(p => (int)p!["id"]!).Order());
        Assert.Equal(["New step"], stored["milestones"]!.AsArray().Select(m => (string?)m!["title"]));
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Deletes_a_project_with_its_partners_but_refuses_one_that_documents_link_to(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var placeId = await Records.PlaceAsync(http);
        var partner = await Records.OrganisationAsync(app, Json.Unique("Partner"));
        var linked = await CreateAsync(http, new { title = Json.Unique("Reported project"), placeId, partnerIds = new[] { partner } });
        var report = Json.Unique("Progress report");
        await using (var scope = app.OpenDb())
        {
            scope.Db.Documents.Add(new Document { Title = report, Links = [new DocumentLink { RecordKind = RecordKind.PilotProject, RecordId = linked }] });
            await scope.Db.SaveChangesAsync();
        }
        var refused = await http.DeleteAsync($"/api/v1/pilot-projects/{linked}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains($"Document: {report}", (await refused.ReadJsonAsync())["usedBy"]!.AsArray().Select(u => (string?)u));

        var id = await CreateAsync(http, new { title = Json.Unique("Short-lived project"), placeId, partnerIds = new[] { partner } });
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/pilot-projects/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/pilot-projects/{id}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Lists_with_paging_sorting_and_filters(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var tag = Json.Unique("Filterproject");
        var programmeId = await Records.ProgrammeAsync(http);
        var partnershipId = await Records.PartnershipAsync(app, programmeId, Json.Unique("Pairing"));
        var chinese = await Records.PlaceAsync(http, "CN");
        var italian = await Records.PlaceAsync(http, "IT");
        await CreateAsync(http, new { title = $"{tag} A", placeId = chinese, partnershipId, progress = 30, status = "InProgress", themes = new[] { "water" }, sdgs = new[] { 6 } });
        await CreateAsync(http, new { title = $"{tag} B", placeId = italian, partnershipId, progress = 100, status = "Completed", themes = new[] { "mobility" }, sdgs = new[] { 11 } });
        await CreateAsync(http, new { title = $"{tag} C", placeId = chinese, progress = 60, status = "InProgress", themes = new[] { "water", "mobility" }, sdgs = new[] { 6, 11 } });

        async Task<JsonNode> List(string filter) =>
            await (await http.GetAsync($"/api/v1/pilot-projects?q={Uri.EscapeDataString(tag)}&{filter}")).ReadJsonAsync();

        var page1 = await List("sort=-progress&pageSize=2");
        Assert.Equal(3, (int?)page1["total"]);
        Assert.Equal(2, (int?)page1["totalPages"]);
        Assert.Equal([$"{tag} B", $"{tag} C"], Titles(page1));
        Assert.Equal([$"{tag} A"], Titles(await List("sort=-progress&pageSize=2&page=2")));
        Assert.Equal([$"{tag} A", $"{tag} B"], Titles(await List($"programme={programmeId}")));
        Assert.Equal([$"{tag} A", $"{tag} B"], Titles(await List($"partnership={partnershipId}")));
        Assert.Equal([$"{tag} A", $"{tag} C"], Titles(await List($"place={chinese}")));
        Assert.Equal([$"{tag} B"], Titles(await List("country=it")));
        Assert.Equal([$"{tag} B"], Titles(await List("status=Completed")));
        Assert.Equal([$"{tag} A", $"{tag} C"], Titles(await List("theme=water")));
        Assert.Equal([$"{tag} B", $"{tag} C"], Titles(await List("sdg=11")));
        var badSort = await http.GetAsync("/api/v1/pilot-projects?sort=budget");
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
    }
}
