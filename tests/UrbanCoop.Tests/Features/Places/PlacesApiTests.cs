using System.Net;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Places;

[Collection(nameof(AppCollection))]
public sealed class PlacesApiTests(Apps apps)
{
    private static object NewPlace(string name, string country = "CN", int? parentId = null) => new
    {
        name, kind = "City", countryCode = country, parentId, population = 1_200_000, populationYear = 2020,
        latitude = 24.3, longitude = 109.4, timeZone = "Asia/Shanghai", aliases = new[] { name + "x", " ", name + "x" },
    };

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creates_a_place_and_reads_it_back(Db db)
    {
        var http = apps[db].Http();
        var name = Json.Unique("Testville");
        var created = await http.PostJsonAsync("/api/v1/places", NewPlace(name));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)(await created.ReadJsonAsync())["id"]!;
        Assert.Equal($"/api/v1/places/{id}", created.Headers.Location?.OriginalString);

        var place = await (await http.GetAsync($"/api/v1/places/{id}")).ReadJsonAsync();
        Assert.Equal(name, (string?)place["name"]);
        Assert.Equal("China", (string?)place["country"]);
        Assert.Equal(1_200_000, (long?)place["population"]);
        Assert.Equal([name + "x"], place["aliases"]!.AsArray().Select(a => (string?)a));
        Assert.Equal(1, (int?)place["version"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Rejects_invalid_input_with_a_message_per_field_and_stores_nothing(Db db)
    {
        var http = apps[db].Http();
        var name = Json.Unique("Nowhere");
        var response = await http.PostJsonAsync("/api/v1/places", new
        {
            name, countryCode = "XX", timeZone = "Mars/Olympus", latitude = 120.0, longitude = 10.0, parentId = 999999999,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject();
        Assert.Contains("CountryCode", errors.Select(e => e.Key));
        Assert.Contains("TimeZone", errors.Select(e => e.Key));
        Assert.Contains("Latitude", errors.Select(e => e.Key));
        Assert.Contains("ParentId", errors.Select(e => e.Key));
        var list = await (await http.GetAsync($"/api/v1/places?q={Uri.EscapeDataString(name)}")).ReadJsonAsync();
        Assert.Equal(0, (int?)list["total"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Answers_unknown_ids_with_problem_json_404(Db db)
    {
        var http = apps[db].Http();
        foreach (var request in new[]
                 {
                     new HttpRequestMessage(HttpMethod.Get, "/api/v1/places/987654321"),
                     new HttpRequestMessage(HttpMethod.Delete, "/api/v1/places/987654321"),
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
        var id = (int)(await (await http.PostJsonAsync("/api/v1/places", NewPlace(Json.Unique("Racecity")))).ReadJsonAsync())["id"]!;
        var first = await http.PutJsonAsync($"/api/v1/places/{id}", new { name = "First editor", countryCode = "CN", version = 1 });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2, (int?)(await first.ReadJsonAsync())["version"]);

        var second = await http.PutJsonAsync($"/api/v1/places/{id}", new { name = "Second editor", countryCode = "CN", version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.ReadJsonAsync();
        Assert.Equal("First editor", (string?)problem["current"]!["name"]);

        var stored = await (await http.GetAsync($"/api/v1/places/{id}")).ReadJsonAsync();
        Assert.Equal("First editor", (string?)stored["name"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Refuses_to_delete_a_place_that_others_use_and_lists_them(Db db)
    {
        var http = apps[db].Http();
        var parent = (int)(await (await http.PostJsonAsync("/api/v1/places", NewPlace(Json.Unique("Province")))).ReadJsonAsync())["id"]!;
        var childName = Json.Unique("Town");
        var child = (int)(await (await http.PostJsonAsync("/api/v1/places", NewPlace(childName, parentId: parent))).ReadJsonAsync())["id"]!;

        var refused = await http.DeleteAsync($"/api/v1/places/{parent}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var usedBy = (await refused.ReadJsonAsync())["usedBy"]!.AsArray().Select(u => (string?)u);
        Assert.Contains($"Place: {childName}", usedBy);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/v1/places/{parent}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/places/{child}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/places/{parent}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/places/{parent}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Lists_with_paging_sorting_and_filters(Db db)
    {
        var http = apps[db].Http();
        var tag = Json.Unique("Pagetown");
        foreach (var (suffix, population) in new[] { ("A", 300), ("B", 100), ("C", 200) })
            await http.PostJsonAsync("/api/v1/places", new { name = $"{tag} {suffix}", countryCode = "IT", population });

        var q = Uri.EscapeDataString(tag);
        var page1 = await (await http.GetAsync($"/api/v1/places?q={q}&sort=-population&pageSize=2")).ReadJsonAsync();
        Assert.Equal(3, (int?)page1["total"]);
        Assert.Equal(2, (int?)page1["totalPages"]);
        Assert.Equal([$"{tag} A", $"{tag} C"], page1["items"]!.AsArray().Select(i => (string?)i!["name"]));
        var page2 = await (await http.GetAsync($"/api/v1/places?q={q}&sort=-population&pageSize=2&page=2")).ReadJsonAsync();
        Assert.Equal([$"{tag} B"], page2["items"]!.AsArray().Select(i => (string?)i!["name"]));

        var otherCountry = await (await http.GetAsync($"/api/v1/places?q={q}&country=ES")).ReadJsonAsync();
        Assert.Equal(0, (int?)otherCountry["total"]);
        var badSort = await http.GetAsync("/api/v1/places?sort=shoe-size");
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
    }
}
