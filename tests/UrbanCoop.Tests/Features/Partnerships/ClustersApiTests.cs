using System.Net;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Partnerships;

[Collection(nameof(AppCollection))]
public sealed class ClustersApiTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creates_a_cluster_and_reads_it_back_with_its_partnerships(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var name = Json.Unique("Smart city cluster");
        var created = await http.PostJsonAsync("/api/v1/clusters", new
        {
            name, programmeId = programme, themes = new[] { "smart-city", " smart-city" }, description = "Digital twins and 5G.",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)(await created.ReadJsonAsync())["id"]!;
        Assert.Equal($"/api/v1/clusters/{id}", created.Headers.Location?.OriginalString);
        var (pairing, eu, partner) = await PartnershipData.PairingAsync(http, programme);
        await http.PutJsonAsync($"/api/v1/partnerships/{pairing}", new
        {
            name = "Clustered", programmeId = programme, clusterId = id, version = 1,
            members = new[] { new { placeId = eu, side = "Eu" }, new { placeId = partner, side = "Partner" } },
        });

        var cluster = await (await http.GetAsync($"/api/v1/clusters/{id}")).ReadJsonAsync();
        Assert.Equal(name, (string?)cluster["name"]);
        Assert.Equal(programme, (int?)cluster["programme"]!["id"]);
        Assert.Equal(["smart-city"], cluster["themes"]!.AsArray().Select(t => (string?)t));
        Assert.Equal(["Clustered"], cluster["partnerships"]!.AsArray().Select(p => (string?)p!["name"]));
        Assert.Equal(1, (int?)cluster["version"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Rejects_invalid_input_with_a_message_per_field(Db db)
    {
        var http = apps[db].Http();
        var response = await http.PostJsonAsync("/api/v1/clusters", new { name = "", programmeId = 987654321, themes = new[] { "astrology" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key);
        Assert.Equal(["Name", "ProgrammeId", "Themes"], errors.Order());
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Answers_unknown_ids_with_problem_json_404(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        foreach (var response in new[]
                 {
                     await http.GetAsync("/api/v1/clusters/987654321"),
                     await http.PutJsonAsync("/api/v1/clusters/987654321", new { name = "Ghost", programmeId = programme }),
                     await http.DeleteAsync("/api/v1/clusters/987654321"),
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
        var id = await PartnershipData.CreateAsync(http, "/api/v1/clusters", new { name = Json.Unique("Racing"), programmeId = programme });
        var first = await http.PutJsonAsync($"/api/v1/clusters/{id}", new { name = "First editor", programmeId = programme, version = 1 });
        await Expect.StatusAsync(HttpStatusCode.OK, first);
        Assert.Equal(2, (int?)(await first.ReadJsonAsync())["version"]);

        var second = await http.PutJsonAsync($"/api/v1/clusters/{id}", new { name = "Second editor", programmeId = programme, version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("First editor", (string?)(await second.ReadJsonAsync())["current"]!["name"]);
        Assert.Equal("First editor", (string?)(await (await http.GetAsync($"/api/v1/clusters/{id}")).ReadJsonAsync())["name"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Refuses_to_delete_a_cluster_with_partnerships_and_lists_them(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var id = await PartnershipData.CreateAsync(http, "/api/v1/clusters", new { name = Json.Unique("Busy"), programmeId = programme });
        var eu = await PartnershipData.PlaceAsync(http, Json.Unique("Eucity"), "IT");
        var partner = await PartnershipData.PlaceAsync(http, Json.Unique("Partnercity"), "IN");
        var pairing = Json.Unique("Grouped pairing");
        var partnership = await PartnershipData.CreateAsync(http, "/api/v1/partnerships", new
        {
            name = pairing, programmeId = programme, clusterId = id,
            members = new[] { new { placeId = eu, side = "Eu" }, new { placeId = partner, side = "Partner" } },
        });

        var refused = await http.DeleteAsync($"/api/v1/clusters/{id}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal([$"Partnership: {pairing}"], (await refused.ReadJsonAsync())["usedBy"]!.AsArray().Select(u => (string?)u));

        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/partnerships/{partnership}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/clusters/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/clusters/{id}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Lists_with_paging_sorting_and_filters(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var other = await PartnershipData.ProgrammeAsync(apps[db]);
        var tag = Json.Unique("Clusterlist");
        foreach (var (suffix, owner, theme) in new[] { ("B", programme, "water"), ("A", programme, "energy-transition"), ("C", other, "water") })
            await PartnershipData.CreateAsync(http, "/api/v1/clusters", new { name = $"{tag} {suffix}", programmeId = owner, themes = new[] { theme } });

        var q = Uri.EscapeDataString(tag);
        async Task<List<string?>> NamesAsync(string filter) =>
            (await (await http.GetAsync($"/api/v1/clusters?q={q}&{filter}")).ReadJsonAsync())["items"]!.AsArray().Select(i => (string?)i!["name"]).ToList();

        var page1 = await (await http.GetAsync($"/api/v1/clusters?q={q}&sort=-name&pageSize=2")).ReadJsonAsync();
        Assert.Equal(3, (int?)page1["total"]);
        Assert.Equal([$"{tag} C", $"{tag} B"], page1["items"]!.AsArray().Select(i => (string?)i!["name"]));
        Assert.Equal([$"{tag} A"], await NamesAsync("sort=-name&pageSize=2&page=2"));
        Assert.Equal([$"{tag} A", $"{tag} B"], await NamesAsync($"programme={programme}"));
        Assert.Equal([$"{tag} B", $"{tag} C"], await NamesAsync("theme=water"));
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/clusters?sort=colour")).StatusCode);
    }
}
