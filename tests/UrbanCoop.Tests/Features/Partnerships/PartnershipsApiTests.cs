using System.Net;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Documents;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Partnerships;

[Collection(nameof(AppCollection))]
public sealed class PartnershipsApiTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creates_a_partnership_with_its_members_and_reads_it_back(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var cluster = await PartnershipData.CreateAsync(http, "/api/v1/clusters", new { name = Json.Unique("Smart"), programmeId = programme });
        var liuzhou = await PartnershipData.PlaceAsync(http, Json.Unique("Liuzhou"), "CN");
        var rome = await PartnershipData.PlaceAsync(http, Json.Unique("Rome"), "IT");
        var name = Json.Unique("Liuzhou-Rome");

        var created = await http.PostJsonAsync("/api/v1/partnerships", new
        {
            name, programmeId = programme, clusterId = cluster, status = "Active", since = "2019-06-15",
            themes = new[] { "smart-city", "mobility" },
            members = new[] { new { placeId = liuzhou, side = "Partner" }, new { placeId = rome, side = "Eu" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)(await created.ReadJsonAsync())["id"]!;
        Assert.Equal($"/api/v1/partnerships/{id}", created.Headers.Location?.OriginalString);

        var p = await (await http.GetAsync($"/api/v1/partnerships/{id}")).ReadJsonAsync();
        Assert.Equal(name, (string?)p["name"]);
        Assert.Equal(programme, (int?)p["programme"]!["id"]);
        Assert.Equal(cluster, (int?)p["cluster"]!["id"]);
        Assert.Equal("2019-06-15", (string?)p["since"]);
        Assert.Equal(["smart-city", "mobility"], p["themes"]!.AsArray().Select(t => (string?)t));
        var members = p["members"]!.AsArray();
        Assert.Equal([rome, liuzhou], members.Select(m => (int)m!["placeId"]!));
        Assert.Equal(["Eu", "Partner"], members.Select(m => (string?)m!["side"]));
        Assert.Equal(["Italy", "China"], members.Select(m => (string?)m!["country"]));
        Assert.Null(p["actionPlan"]);
        Assert.Equal(1, (int?)p["version"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Rejects_pairing_a_city_with_itself(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var city = await PartnershipData.PlaceAsync(http, Json.Unique("Loneville"), "CN");
        var name = Json.Unique("Self pairing");

        var twice = await http.PostJsonAsync("/api/v1/partnerships", PartnershipData.Partnership(name, programme, (city, "Eu"), (city, "Partner")));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        var errors = (await twice.ReadJsonAsync())["errors"]!["Members"]!.AsArray().Select(e => (string?)e);
        Assert.Contains(errors, e => e!.Contains("A city cannot be paired with itself"));

        var alone = await http.PostJsonAsync("/api/v1/partnerships", PartnershipData.Partnership(name, programme, (city, "Partner")));
        Assert.Equal(HttpStatusCode.BadRequest, alone.StatusCode);
        Assert.NotNull((await alone.ReadJsonAsync())["errors"]!["Members"]);
        var list = await (await http.GetAsync($"/api/v1/partnerships?q={Uri.EscapeDataString(name)}")).ReadJsonAsync();
        Assert.Equal(0, (int?)list["total"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Rejects_invalid_input_with_a_message_per_field(Db db)
    {
        var http = apps[db].Http();
        var city = await PartnershipData.PlaceAsync(http, Json.Unique("Somewhere"), "DE");
        var response = await http.PostJsonAsync("/api/v1/partnerships", new
        {
            name = "", programmeId = 987654321, clusterId = 987654321, agreementId = 987654321, themes = new[] { "teleportation" },
            members = new[] { new { placeId = city, side = "Eu" }, new { placeId = 987654321, side = "Partner" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Equal(["AgreementId", "ClusterId", "Members", "Name", "ProgrammeId", "Themes"], errors.Order());
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_cluster_of_another_programme_is_refused(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var other = await PartnershipData.ProgrammeAsync(apps[db]);
        var cluster = await PartnershipData.CreateAsync(http, "/api/v1/clusters", new { name = Json.Unique("Elsewhere"), programmeId = other });
        var (id, eu, partner) = await PartnershipData.PairingAsync(http, programme);

        var response = await http.PutJsonAsync($"/api/v1/partnerships/{id}", new
        {
            name = "Moved", programmeId = programme, clusterId = cluster, version = 1,
            members = new[] { new { placeId = eu, side = "Eu" }, new { placeId = partner, side = "Partner" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadJsonAsync())["errors"]!["ClusterId"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Answers_unknown_ids_with_problem_json_404(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var (_, eu, partner) = await PartnershipData.PairingAsync(http, programme);
        var valid = PartnershipData.Partnership("Ghost", programme, (eu, "Eu"), (partner, "Partner"));
        foreach (var response in new[]
                 {
                     await http.GetAsync("/api/v1/partnerships/987654321"),
                     await http.PutJsonAsync("/api/v1/partnerships/987654321", valid),
                     await http.DeleteAsync("/api/v1/partnerships/987654321"),
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_second_save_from_a_stale_version_gets_409_and_loses_no_update(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var (id, eu, partner) = await PartnershipData.PairingAsync(http, programme);
        var third = await PartnershipData.PlaceAsync(http, Json.Unique("Thirdcity"), "FR");

        var first = await http.PutJsonAsync($"/api/v1/partnerships/{id}",
            new { name = "First editor", programmeId = programme, version = 1, members = new[] { new { placeId = third, side = "Eu" }, new { placeId = partner, side = "Partner" } } });
        await Expect.StatusAsync(HttpStatusCode.OK, first);
        Assert.Equal(2, (int?)(await first.ReadJsonAsync())["version"]);

        var second = await http.PutJsonAsync($"/api/v1/partnerships/{id}",
            new { name = "Second editor", programmeId = programme, version = 1, members = new[] { new { placeId = eu, side = "Eu" }, new { placeId = partner, side = "Partner" } } });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var current = (await second.ReadJsonAsync())["current"]!;
        Assert.Equal("First editor", (string?)current["name"]);
        Assert.Contains(third, current["members"]!.AsArray().Select(m => (int)m!["placeId"]!));

        var stored = await (await http.GetAsync($"/api/v1/partnerships/{id}")).ReadJsonAsync();
        Assert.Equal("First editor", (string?)stored["name"]);
        Assert.Equal([third, partner], stored["members"]!.AsArray().Select(m => (int)m!["placeId"]!));
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Refuses_to_delete_a_partnership_that_others_use_and_lists_them(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var (id, eu, _) = await PartnershipData.PairingAsync(http, programme);
        var planTitle = Json.Unique("UCAP");
        var plan = await PartnershipData.CreateAsync(http, "/api/v1/action-plans", new { partnershipId = id, title = planTitle });
        var activityTitle = Json.Unique("Study visit");
        await using (var scope = apps[db].OpenDb())
        {
            scope.Db.Activities.Add(new Activity
            {
                Title = activityTitle, ProgrammeId = programme, PartnershipId = id, TimeZone = "Europe/Madrid",
                StartsAt = new DateTime(2019, 6, 9, 0, 0, 0, DateTimeKind.Utc), EndsAt = new DateTime(2019, 6, 9, 8, 0, 0, DateTimeKind.Utc),
            });
            var document = new Document { Title = Json.Unique("Joint declaration scan") };
            scope.Db.Documents.Add(document);
            await scope.Db.SaveChangesAsync();
            scope.Db.DocumentLinks.Add(new DocumentLink { DocumentId = document.Id, RecordKind = RecordKind.Partnership, RecordId = id });
            await scope.Db.SaveChangesAsync();
        }

        var refused = await http.DeleteAsync($"/api/v1/partnerships/{id}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var usedBy = (await refused.ReadJsonAsync())["usedBy"]!.AsArray().Select(u => (string?)u).ToList();
        Assert.Contains($"Action plan: {planTitle} (version 1)", usedBy);
        Assert.Contains($"Activity: {activityTitle}", usedBy);
        Assert.Contains(usedBy, u => u!.StartsWith("Document: Joint declaration scan"));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/v1/partnerships/{id}")).StatusCode);

        var (free, _, _) = await PartnershipData.PairingAsync(http, programme);
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/partnerships/{free}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/partnerships/{free}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/v1/places/{eu}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Lists_with_paging_sorting_and_filters(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var cluster = await PartnershipData.CreateAsync(http, "/api/v1/clusters", new { name = Json.Unique("Energy"), programmeId = programme });
        var tag = Json.Unique("Listpair");
        var hub = Json.Unique("Hubcity");
        var shared = await PartnershipData.PlaceAsync(http, hub, "CN");
        var ids = new Dictionary<string, int>();
        foreach (var (suffix, since, country, status, theme) in new[]
                 {
                     ("A", "2018-03-01", "IT", "Active", "water"), ("B", "2019-05-01", "ES", "Completed", "housing"), ("C", "2020-01-01", "PT", "Active", "housing"),
                 })
        {
            var eu = await PartnershipData.PlaceAsync(http, Json.Unique("Eucity"), country);
            ids[suffix] = await PartnershipData.CreateAsync(http, "/api/v1/partnerships", new
            {
                name = $"{tag} {suffix}", programmeId = programme, status, since, themes = new[] { theme },
                clusterId = suffix == "B" ? cluster : (int?)null,
                members = new[] { new { placeId = eu, side = "Eu" }, new { placeId = shared, side = "Partner" } },
            });
        }
        await PartnershipData.CreateAsync(http, "/api/v1/action-plans", new
        {
            partnershipId = ids["A"], title = "UCAP",
            themes = new[] { new { title = "Superblocks", themeId = "urban-planning", sdgs = new[] { 11, 13 }, urbanAgenda = new[] { "urban-mobility" } } },
        });

        var q = Uri.EscapeDataString(tag);
        async Task<List<string?>> NamesAsync(string filter) =>
            (await (await http.GetAsync($"/api/v1/partnerships?q={q}&{filter}")).ReadJsonAsync())["items"]!.AsArray().Select(i => (string?)i!["name"]).ToList();

        var page1 = await (await http.GetAsync($"/api/v1/partnerships?q={q}&sort=-since&pageSize=2")).ReadJsonAsync();
        Assert.Equal(3, (int?)page1["total"]);
        Assert.Equal([$"{tag} C", $"{tag} B"], page1["items"]!.AsArray().Select(i => (string?)i!["name"]));
        Assert.Equal([$"{tag} A"], await NamesAsync("sort=-since&pageSize=2&page=2"));
        Assert.Equal([$"{tag} A", $"{tag} C"], await NamesAsync("status=Active"));
        Assert.Equal([$"{tag} B"], await NamesAsync("country=es"));
        Assert.Equal([$"{tag} B"], await NamesAsync($"cluster={cluster}"));
        Assert.Equal([$"{tag} B", $"{tag} C"], await NamesAsync("theme=housing"));
        Assert.Equal([$"{tag} A"], await NamesAsync("theme=urban-planning"));
        Assert.Equal([$"{tag} A"], await NamesAsync("sdg=13"));
        Assert.Empty(await NamesAsync("sdg=1"));
        Assert.Equal([$"{tag} B"], await NamesAsync("from=2019-01-01&to=2019-12-31"));
        Assert.Equal(3, (await NamesAsync($"place={shared}&programme={programme}")).Count);
        Assert.Equal(3, (int?)(await (await http.GetAsync($"/api/v1/partnerships?q={Uri.EscapeDataString(hub.ToUpperInvariant())}")).ReadJsonAsync())["total"]);
        var members = page1["items"]![0]!["members"]!.AsArray();
        Assert.Equal(["Eu", "Partner"], members.Select(m => (string?)m!["side"]));

        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/partnerships?sort=shoe-size")).StatusCode);
    }
}
