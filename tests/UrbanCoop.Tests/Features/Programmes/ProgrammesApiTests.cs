using System.Net;
using System.Net.Http.Json;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Programmes;

[Collection(nameof(AppCollection))]
public sealed class ProgrammesApiTests(Apps apps)
{
    private static object NewProgramme(string name, string? start = "2017-01-01", string? end = "2020-12-31", params string[] regions) => new
    {
        name, acronym = "IUC", funder = "European Commission, DG REGIO", startsOn = start, endsOn = end,
        worldRegions = regions.Length > 0 ? regions : new[] { "China", " ", "India", "china" }, website = "https://iuc.eu",
    };

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creates_a_programme_and_reads_it_back(Db db)
    {
        var http = apps[db].Http();
        var name = Json.Unique("International Urban Cooperation");
        var created = await http.PostJsonAsync("/api/v1/programmes", NewProgramme(name));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)(await created.ReadJsonAsync())["id"]!;
        Assert.Equal($"/api/v1/programmes/{id}", created.Headers.Location?.OriginalString);

        var programme = await (await http.GetAsync($"/api/v1/programmes/{id}")).ReadJsonAsync();
        Assert.Equal(name, (string?)programme["name"]);
        Assert.Equal("IUC", (string?)programme["acronym"]);
        Assert.Equal("2020-12-31", (string?)programme["endsOn"]);
        Assert.Equal(["China", "India"], programme["worldRegions"]!.AsArray().Select(r => (string?)r));
        Assert.Equal(0, (int?)programme["figures"]!["activities"]);
        Assert.Equal(1, (int?)programme["version"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Rejects_invalid_input_with_a_message_per_field_and_stores_nothing(Db db)
    {
        var http = apps[db].Http();
        var taken = Json.Unique("Taken");
        await Records.ProgrammeAsync(http, taken);

        var response = await http.PostJsonAsync("/api/v1/programmes", new
        {
            name = taken.ToUpperInvariant(), startsOn = "2020-01-01", endsOn = "2019-12-31", website = "iuc.eu", acronym = new string('A', 40),
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Contains("Name", errors);
        Assert.Contains("EndsOn", errors);
        Assert.Contains("Website", errors);
        Assert.Contains("Acronym", errors);
        var list = await (await http.GetAsync($"/api/v1/programmes?q={Uri.EscapeDataString(taken)}")).ReadJsonAsync();
        Assert.Equal(1, (int?)list["total"]);

        var blank = await http.PostJsonAsync("/api/v1/programmes", new { name = "" });
        Assert.Contains("Name", (await blank.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key));
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Answers_unknown_ids_with_problem_json_404(Db db)
    {
        var http = apps[db].Http();
        foreach (var request in new[]
                 {
                     new HttpRequestMessage(HttpMethod.Get, "/api/v1/programmes/987654321"),
                     new HttpRequestMessage(HttpMethod.Delete, "/api/v1/programmes/987654321"),
                     new HttpRequestMessage(HttpMethod.Put, "/api/v1/programmes/987654321") { Content = JsonContent.Create(new { name = "Nothing", version = 1 }) },
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
        var id = await Records.ProgrammeAsync(http);
        var firstName = Json.Unique("First editor");
        var first = await http.PutJsonAsync($"/api/v1/programmes/{id}", new { name = firstName, version = 1 });
        await Expect.StatusAsync(HttpStatusCode.OK, first);
        Assert.Equal(2, (int?)(await first.ReadJsonAsync())["version"]);

        var second = await http.PutJsonAsync($"/api/v1/programmes/{id}", new { name = Json.Unique("Second editor"), version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(firstName, (string?)(await second.ReadJsonAsync())["current"]!["name"]);

        var stored = await (await http.GetAsync($"/api/v1/programmes/{id}")).ReadJsonAsync();
        Assert.Equal(firstName, (string?)stored["name"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Refuses_to_delete_a_programme_with_partnerships_clusters_or_activities_and_lists_them(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var id = await Records.ProgrammeAsync(http);
        var cluster = Json.Unique("Smart city cluster");
        var partnership = Json.Unique("Liuzhou–Barcelona");
        var activity = Json.Unique("Mission to Liuzhou");
        await Records.ClusterAsync(app, id, cluster);
        await Records.PartnershipAsync(app, id, partnership);
        await Records.ActivityAsync(app, id, activity, new DateTime(2019, 6, 9));

        var refused = await http.DeleteAsync($"/api/v1/programmes/{id}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var usedBy = (await refused.ReadJsonAsync())["usedBy"]!.AsArray().Select(u => (string?)u).ToList();
        Assert.Contains($"Cluster: {cluster}", usedBy);
        Assert.Contains($"Partnership: {partnership}", usedBy);
        Assert.Contains($"Activity: {activity}", usedBy);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/v1/programmes/{id}")).StatusCode);

        var unused = await Records.ProgrammeAsync(http);
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/programmes/{unused}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/programmes/{unused}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_profile_counts_what_the_programme_achieved(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var id = await Records.ProgrammeAsync(http);
        var clusterId = await Records.ClusterAsync(app, id, Json.Unique("Energy cluster"));
        var declaration = await Records.AgreementAsync(app, Json.Unique("Joint declaration"), 1);
        var partnershipId = await Records.PartnershipAsync(app, id, Json.Unique("Chengdu–Milan"), clusterId, declaration);
        var mission = await Records.ActivityAsync(app, id, Json.Unique("Mission"), new DateTime(2019, 6, 9), participants: 40);
        await Records.ActivityAsync(app, id, Json.Unique("Forum"), new DateTime(2019, 7, 1), participants: 60);
        await Records.AgreementAsync(app, Json.Unique("MoUs at the forum"), 10, mission);
        var placeId = await Records.PlaceAsync(http);
        await http.PostJsonAsync("/api/v1/pilot-projects", new { title = Json.Unique("Pilot"), placeId, partnershipId });
        var otherProgramme = await Records.ProgrammeAsync(http);
        await Records.ActivityAsync(app, otherProgramme, Json.Unique("Elsewhere"), new DateTime(2019, 8, 1), participants: 500);

        var programme = await (await http.GetAsync($"/api/v1/programmes/{id}")).ReadJsonAsync();
        var figures = programme["figures"]!;
        Assert.Equal(1, (int?)figures["partnerships"]);
        Assert.Equal(2, (int?)figures["activities"]);
        Assert.Equal(100, (int?)figures["participants"]);
        Assert.Equal(11, (int?)figures["agreements"]);
        Assert.Equal(1, (int?)figures["pilotProjects"]);
        Assert.Equal(clusterId, (int?)programme["clusters"]![0]!["id"]);
        Assert.Equal(1, (int?)programme["clusters"]![0]!["partnerships"]);
        Assert.Equal(partnershipId, (int?)programme["partnerships"]![0]!["id"]);
        Assert.Equal(2, programme["latestActivities"]!.AsArray().Count);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Lists_with_paging_sorting_and_filters(Db db)
    {
        var http = apps[db].Http();
        var tag = Json.Unique("Pageprog");
        var region = Json.Unique("Region");
        foreach (var (suffix, start) in new[] { ("A", "2017-01-01"), ("B", "2021-01-01"), ("C", "2019-01-01") })
            await Expect.StatusAsync(HttpStatusCode.Created,
                await http.PostJsonAsync("/api/v1/programmes", NewProgramme($"{tag} {suffix}", start, null, suffix == "B" ? "Japan" : region)));

        var q = Uri.EscapeDataString(tag);
        var page1 = await (await http.GetAsync($"/api/v1/programmes?q={q}&sort=-start&pageSize=2")).ReadJsonAsync();
        Assert.Equal(3, (int?)page1["total"]);
        Assert.Equal(2, (int?)page1["totalPages"]);
        Assert.Equal([$"{tag} B", $"{tag} C"], page1["items"]!.AsArray().Select(i => (string?)i!["name"]));
        var page2 = await (await http.GetAsync($"/api/v1/programmes?q={q}&sort=-start&pageSize=2&page=2")).ReadJsonAsync();
        Assert.Equal([$"{tag} A"], page2["items"]!.AsArray().Select(i => (string?)i!["name"]));

        var inRegion = await (await http.GetAsync($"/api/v1/programmes?region={Uri.EscapeDataString(region.ToUpperInvariant())}&sort=name")).ReadJsonAsync();
        Assert.Equal([$"{tag} A", $"{tag} C"], inRegion["items"]!.AsArray().Select(i => (string?)i!["name"]));
        var badSort = await http.GetAsync("/api/v1/programmes?sort=budget");
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
    }
}
