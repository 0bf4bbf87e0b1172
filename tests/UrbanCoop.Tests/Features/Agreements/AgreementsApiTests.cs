using System.Net;
using System.Net.Http.Json;
using UrbanCoop.Tests.Features.Organisations;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Agreements;

[Collection(nameof(AppCollection))]
public sealed class AgreementsApiTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creates_an_agreement_with_parties_and_reads_it_back(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var placeName = Json.Unique("Liuzhou");
        var place = await Arrange.PlaceAsync(http, placeName);
        var organisationName = Json.Unique("Bureau");
        var organisation = await Arrange.OrganisationAsync(http, organisationName);
        var activityTitle = Json.Unique("Mission");
        var activity = await Arrange.ActivityAsync(app, activityTitle);
        var title = Json.Unique("MoU on smart mobility");
        var created = await http.PostJsonAsync("/api/v1/agreements", new
        {
            title, kind = "MoU", status = "Signed", signedOn = "2019-06-12", quantity = 1, activityId = activity,
            themes = new[] { "mobility", "smart-city", "mobility" }, summary = "Cooperation on e-buses.",
            organisationIds = new[] { organisation, organisation }, placeIds = new[] { place },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)(await created.ReadJsonAsync())["id"]!;
        Assert.Equal($"/api/v1/agreements/{id}", created.Headers.Location?.OriginalString);

        var agreement = await (await http.GetAsync($"/api/v1/agreements/{id}")).ReadJsonAsync();
        Assert.Equal(title, (string?)agreement["title"]);
        Assert.Equal("MoU", (string?)agreement["kind"]);
        Assert.Equal("Signed", (string?)agreement["status"]);
        Assert.Equal("2019-06-12", (string?)agreement["signedOn"]);
        Assert.Equal(activityTitle, (string?)agreement["activity"]!["title"]);
        Assert.Equal(["Mobility", "Smart city"], agreement["themes"]!.AsArray().Select(t => (string?)t!["name"]));
        var parties = agreement["parties"]!.AsArray();
        Assert.Equal([organisationName, null], parties.Select(p => (string?)p!["organisation"]));
        Assert.Equal([null, placeName], parties.Select(p => (string?)p!["place"]));
        Assert.Equal(1, (int?)agreement["version"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Rejects_invalid_input_with_a_message_per_field_and_stores_nothing(Db db)
    {
        var http = apps[db].Http();
        var summary = Json.Unique("Nothing");
        var response = await http.PostJsonAsync("/api/v1/agreements", new
        {
            title = "", summary, quantity = 0, themes = new[] { "smart-city", "space-travel" }, activityId = 999999999,
            organisationIds = new[] { 999999999 }, placeIds = new[] { 999999998 },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key).ToList();
        foreach (var field in new[] { "Title", "Quantity", "Themes", "ActivityId", "OrganisationIds", "PlaceIds" }) Assert.Contains(field, errors);
        var list = await (await http.GetAsync($"/api/v1/agreements?q={Uri.EscapeDataString(summary)}")).ReadJsonAsync();
        Assert.Equal(0, (int?)list["total"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Answers_unknown_ids_with_problem_json_404(Db db)
    {
        var http = apps[db].Http();
        foreach (var request in new[]
                 {
                     new HttpRequestMessage(HttpMethod.Get, "/api/v1/agreements/987654321"),
                     new HttpRequestMessage(HttpMethod.Put, "/api/v1/agreements/987654321") { Content = JsonContent.Create(new { title = "X", version = 1 }) },
                     new HttpRequestMessage(HttpMethod.Delete, "/api/v1/agreements/987654321"),
                 })
        {
            var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task An_update_replaces_the_parties_and_a_stale_one_gets_409(Db db)
    {
        var http = apps[db].Http();
        var before = await Arrange.OrganisationAsync(http);
        var after = await Arrange.PlaceAsync(http);
        var id = await http.PostJsonAsync("/api/v1/agreements", new { title = Json.Unique("LoI"), organisationIds = new[] { before } }).IdAsync();

        var first = await http.PutJsonAsync($"/api/v1/agreements/{id}", new { title = "First editor", organisationIds = (int[]?)null, placeIds = new[] { after }, version = 1 });
        await Expect.StatusAsync(HttpStatusCode.OK, first);
        var saved = await first.ReadJsonAsync();
        Assert.Equal(2, (int?)saved["version"]);
        Assert.Empty(saved["organisationIds"]!.AsArray());
        Assert.Equal([after], saved["placeIds"]!.AsArray().Select(p => (int?)p));

        var second = await http.PutJsonAsync($"/api/v1/agreements/{id}", new { title = "Second editor", version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("First editor", (string?)(await second.ReadJsonAsync())["current"]!["title"]);
        var stored = await (await http.GetAsync($"/api/v1/agreements/{id}")).ReadJsonAsync();
        Assert.Equal("First editor", (string?)stored["title"]);
        Assert.Equal([after], stored["parties"]!.AsArray().Select(p => (int?)p!["placeId"]));
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Refuses_to_delete_an_agreement_a_partnership_rests_on_and_deletes_parties_with_the_agreement(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var organisation = await Arrange.OrganisationAsync(http);
        var declaration = await http.PostJsonAsync("/api/v1/agreements", new { title = Json.Unique("Joint declaration"), kind = "JointDeclaration" }).IdAsync();
        var pairing = Json.Unique("Liuzhou-Barcelona");
        await Arrange.PartnershipAsync(app, pairing, declaration);

        var refused = await http.DeleteAsync($"/api/v1/agreements/{declaration}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains($"Partnership: {pairing}", (await refused.ReadJsonAsync())["usedBy"]!.AsArray().Select(u => (string?)u));

        var mou = await http.PostJsonAsync("/api/v1/agreements", new { title = Json.Unique("MoU"), organisationIds = new[] { organisation } }).IdAsync();
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/agreements/{mou}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/agreements/{mou}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/organisations/{organisation}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Lists_with_paging_sorting_and_filters(Db db)
    {
        var http = apps[db].Http();
        var tag = Json.Unique("Listagr");
        var city = await Arrange.PlaceAsync(http);
        var cityOrganisation = await Arrange.OrganisationAsync(http, placeId: city);
        var company = await Arrange.OrganisationAsync(http);
        await http.PostJsonAsync("/api/v1/agreements", new
        {
            title = $"{tag} A", kind = "MoU", status = "Signed", signedOn = "2019-06-12", themes = new[] { "mobility" }, organisationIds = new[] { company },
        }).IdAsync();
        await http.PostJsonAsync("/api/v1/agreements", new
        {
            title = $"{tag} B", kind = "LetterOfIntent", status = "Draft", signedOn = "2020-03-01", quantity = 10, organisationIds = new[] { cityOrganisation },
        }).IdAsync();
        await http.PostJsonAsync("/api/v1/agreements", new
        {
            title = $"{tag} C", kind = "MoU", status = "Active", signedOn = "2018-01-20", themes = new[] { "water", "mobility" }, placeIds = new[] { city },
        }).IdAsync();

        var q = Uri.EscapeDataString(tag);
        var page1 = await (await http.GetAsync($"/api/v1/agreements?q={q}&pageSize=2")).ReadJsonAsync();
        Assert.Equal(3, (int?)page1["total"]);
        Assert.Equal(2, (int?)page1["totalPages"]);
        Assert.Equal([$"{tag} B", $"{tag} A"], page1["items"]!.AsArray().Select(i => (string?)i!["title"]));
        var page2 = await (await http.GetAsync($"/api/v1/agreements?q={q}&pageSize=2&page=2")).ReadJsonAsync();
        Assert.Equal([$"{tag} C"], page2["items"]!.AsArray().Select(i => (string?)i!["title"]));

        async Task<IEnumerable<string?>> TitlesAsync(string filter) =>
            (await (await http.GetAsync($"/api/v1/agreements?q={q}&sort=title&{filter}")).ReadJsonAsync())["items"]!.AsArray().Select(i => (string?)i!["title"]);
        Assert.Equal([$"{tag} A", $"{tag} C"], await TitlesAsync("kind=MoU"));
        Assert.Equal([$"{tag} B"], await TitlesAsync("status=Draft"));
        Assert.Equal([$"{tag} A", $"{tag} C"], await TitlesAsync("theme=mobility"));
        Assert.Equal([$"{tag} C"], await TitlesAsync("theme=water"));
        Assert.Equal([$"{tag} A"], await TitlesAsync($"organisation={company}"));
        Assert.Equal([$"{tag} B", $"{tag} C"], await TitlesAsync($"place={city}"));
        Assert.Equal([$"{tag} A", $"{tag} B"], await TitlesAsync("from=2019-01-01"));
        Assert.Equal([$"{tag} A", $"{tag} C"], await TitlesAsync("to=2019-06-12"));
        Assert.Equal([$"{tag} A"], await TitlesAsync("from=2019-06-12&to=2019-06-12"));
        var bySize = await (await http.GetAsync($"/api/v1/agreements?q={q}&sort=-quantity")).ReadJsonAsync();
        Assert.Equal($"{tag} B", (string?)bySize["items"]![0]!["title"]);

        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/agreements?sort=shoe-size")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/agreements?from=2020-01-01&to=2019-01-01")).StatusCode);
    }
}
