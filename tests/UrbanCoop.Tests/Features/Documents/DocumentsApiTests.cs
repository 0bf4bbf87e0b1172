using System.Net;
using UrbanCoop.Tests.Features.Activities;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Documents;

[Collection(nameof(AppCollection))]
public sealed class DocumentsApiTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creates_a_document_with_links_and_reads_back_the_linked_records(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var activityTitle = Json.Unique("Forum");
        var activity = await Arrange.ActivityAsync(http, Arrange.Activity(await Arrange.ProgrammeAsync(app), activityTitle));
        var person = await Arrange.PersonAsync(app, "David", "Martínez");
        var title = Json.Unique("Barcelona 22@ presentation");
        var created = await http.PostJsonAsync("/api/v1/documents", new
        {
            title, kind = "Presentation", language = "en", publishedOn = "2019-06-12", text = "22@ innovation district",
            links = new object[] { new { recordKind = "Activity", recordId = activity }, new { recordKind = "Person", recordId = person }, new { recordKind = "Activity", recordId = activity } },
        });
        await Expect.StatusAsync(HttpStatusCode.Created, created);
        var id = (int)(await created.ReadJsonAsync())["id"]!;
        Assert.Equal($"/api/v1/documents/{id}", created.Headers.Location?.OriginalString);

        var document = await (await http.GetAsync($"/api/v1/documents/{id}")).ReadJsonAsync();
        Assert.Equal(title, (string?)document["title"]);
        Assert.Equal("2019-06-12", (string?)document["publishedOn"]);
        Assert.Null(document["file"]);
        var links = document["links"]!.AsArray();
        Assert.Equal(2, links.Count);
        Assert.Equal(activityTitle, (string?)links[0]!["name"]);
        Assert.Equal($"/activities/{activity}", (string?)links[0]!["url"]);
        Assert.Equal("David Martínez", (string?)links[1]!["name"]);
        Assert.Equal($"/people/{person}", (string?)links[1]!["url"]);
        Assert.Equal(1, (int?)document["version"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Rejects_invalid_input_with_a_message_per_field_and_stores_nothing(Db db)
    {
        var http = apps[db].Http();
        var text = Guid.NewGuid().ToString("N");
        var response = await http.PostJsonAsync("/api/v1/documents", new
        {
            title = "", language = "Chinese (simplified)", text, links = new[] { new { recordKind = "Activity", recordId = 999999999 } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject();
        Assert.Contains("Title", errors.Select(e => e.Key));
        Assert.Contains("Language", errors.Select(e => e.Key));
        Assert.Equal("There is no activity 999999999.", (string?)errors["Links"]![0]);
        var nullLinks = await http.PostJsonAsync("/api/v1/documents", new { title = "", text, links = (object[]?)null });
        Assert.Equal(["Title"], (await nullLinks.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key));
        var list = await (await http.GetAsync($"/api/v1/documents?q={text}")).ReadJsonAsync();
        Assert.Equal(0, (int?)list["total"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Answers_unknown_ids_with_problem_json_404(Db db)
    {
        var http = apps[db].Http();
        const string url = "/api/v1/documents/987654321";
        foreach (var response in new[] { await http.GetAsync(url), await http.DeleteAsync(url), await http.PutJsonAsync(url, new { title = "x" }) })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/documents/987654321/file")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_second_save_from_a_stale_version_gets_409_and_loses_no_update(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var activity = await Arrange.ActivityAsync(http, Arrange.Activity(await Arrange.ProgrammeAsync(app), Json.Unique("Workshop")));
        var id = (int)(await (await http.PostJsonAsync("/api/v1/documents", new { title = Json.Unique("Minutes") })).ReadJsonAsync())["id"]!;
        var first = await http.PutJsonAsync($"/api/v1/documents/{id}", new
        {
            title = "First editor", kind = "Minutes", version = 1, links = new[] { new { recordKind = "Activity", recordId = activity } },
        });
        await Expect.StatusAsync(HttpStatusCode.OK, first);
        Assert.Equal(2, (int?)(await first.ReadJsonAsync())["version"]);

        var second = await http.PutJsonAsync($"/api/v1/documents/{id}", new { title = "Second editor", version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var current = (await second.ReadJsonAsync())["current"]!;
        Assert.Equal("First editor", (string?)current["title"]);
        Assert.Equal(activity, (int?)current["links"]![0]!["recordId"]);
        var stored = await (await http.GetAsync($"/api/v1/documents/{id}")).ReadJsonAsync();
        Assert.Equal("First editor", (string?)stored["title"]);
        Assert.Single(stored["links"]!.AsArray());
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Lists_with_paging_sorting_and_filters(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var activity = await Arrange.ActivityAsync(http, Arrange.Activity(await Arrange.ProgrammeAsync(app), Json.Unique("Study visit")));
        var tag = Json.Unique("Docpack");
        foreach (var (suffix, day, kind, language) in new[] { ("A", 3, "Report", "en"), ("B", 1, "Agenda", "zh"), ("C", 2, "Report", "en") })
            await http.PostJsonAsync("/api/v1/documents", new
            {
                title = $"{tag} {suffix}", kind, language, publishedOn = $"2020-05-0{day}",
                links = suffix == "B" ? Array.Empty<object>() : [new { recordKind = "Activity", recordId = activity }],
            });

        var q = Uri.EscapeDataString(tag);
        async Task<List<string?>> Titles(string filter) =>
            [.. (await (await http.GetAsync($"/api/v1/documents?q={q}&{filter}")).ReadJsonAsync())["items"]!.AsArray().Select(i => (string?)i!["title"])];
        var page1 = await (await http.GetAsync($"/api/v1/documents?q={q}&pageSize=2")).ReadJsonAsync();
        Assert.Equal(3, (int?)page1["total"]);
        Assert.Equal(2, (int?)page1["totalPages"]);
        Assert.Equal([$"{tag} A", $"{tag} C"], page1["items"]!.AsArray().Select(i => (string?)i!["title"]));
        Assert.Equal([$"{tag} B"], await Titles("pageSize=2&page=2"));
        Assert.Equal([$"{tag} A", $"{tag} B", $"{tag} C"], await Titles("sort=title"));
        Assert.Equal([$"{tag} A", $"{tag} C"], await Titles($"recordKind=Activity&recordId={activity}"));
        Assert.Equal([$"{tag} B"], await Titles("kind=Agenda"));
        Assert.Equal([$"{tag} B"], await Titles("language=ZH"));
        Assert.Equal([$"{tag} C", $"{tag} B"], await Titles("from=2020-05-01&to=2020-05-02"));

        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/documents?sort=shoe-size")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync($"/api/v1/documents?recordId={activity}")).StatusCode);
    }
}
