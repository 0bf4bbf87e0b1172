using System.Net;
using System.Text.Json.Nodes;
using UrbanCoop.Features.Knowledge.Search;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace UrbanCoop.Tests.Features.Knowledge.Search;

[Collection(nameof(AppCollection))]
public sealed class SearchApiTests(Apps apps)
{
    private static async Task<JsonNode> SearchAsync(HttpClient http, string query)
    {
        var response = await http.GetAsync("/api/v1/search?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private static string Q(string text) => "q=" + Uri.EscapeDataString(text);
    private static IEnumerable<string?> Titles(JsonNode results) => results["items"]!.AsArray().Select(i => (string?)i!["title"]);

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_saved_record_is_found_at_once_under_its_new_name_and_gone_after_delete(Db db)
    {
        var http = apps[db].Http();
        var word = "Zorblatt" + Guid.NewGuid().ToString("N")[..6];
        var created = await http.PostJsonAsync("/api/v1/places", new { name = word + " Harbour", kind = "City", countryCode = "IT", summary = "A port." });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)(await created.ReadJsonAsync())["id"]!;
        var found = await SearchAsync(http, Q(word));
        Assert.Equal([word + " Harbour"], Titles(found));
        Assert.Equal("place", (string?)found["items"]![0]!["kind"]);
        Assert.Equal($"/places/{id}", (string?)found["items"]![0]!["url"]);

        var place = await (await http.GetAsync($"/api/v1/places/{id}")).ReadJsonAsync();
        var renamed = await http.PutJsonAsync($"/api/v1/places/{id}", new
        {
            name = word + " Quay", kind = "City", countryCode = "IT", summary = "A port.", version = (int)place["version"]!,
        });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal([word + " Quay"], Titles(await SearchAsync(http, Q(word))));

        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/places/{id}")).StatusCode);
        Assert.Equal(0, (int)(await SearchAsync(http, Q(word)))["total"]!);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Finds_Liuzhou_by_its_Chinese_name_by_a_typo_and_without_accents(Db db)
    {
        var http = apps[db].Anonymous();
        var chinese = await SearchAsync(http, Q("柳州"));
        Assert.Equal("Liuzhou", (string?)chinese["items"]![0]!["title"]);
        var typo = await SearchAsync(http, Q("Liuzhuo"));
        Assert.Equal("liuzhou", (string?)typo["correctedQuery"]);
        Assert.Equal("Liuzhou", (string?)typo["items"]![0]!["title"]);
        var accent = await SearchAsync(http, Q("Gandara"));
        Assert.Contains("Pablo Gándara", Titles(accent));
        Assert.Contains("<mark>Gándara</mark>", (string?)accent["items"]![0]!["titleHtml"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Query_syntax_and_odd_input_get_an_answer_never_a_server_error(Db db)
    {
        var http = apps[db].Anonymous();
        foreach (var query in new[] { "a-b", "\"", "NOT", "*", "(", "hydrogen OR", "x:y", "'", "\\", "柳", new string('x', 3000), "", "   " })
        {
            var response = await http.GetAsync("/api/v1/search?" + Q(query));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"q={query[..Math.Min(20, query.Length)]} gave {response.StatusCode}");
        }
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/search?" + Q("a-b"))).StatusCode);
        var tooLong = await http.GetAsync("/api/v1/search?" + Q(new string('x', 10_000)));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("at most 500", (string?)(await tooLong.ReadJsonAsync())["errors"]!["q"]![0]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Unknown_facet_values_are_named_in_a_400_and_a_page_past_the_end_is_empty(Db db)
    {
        var http = apps[db].Anonymous();
        var response = await http.GetAsync("/api/v1/search?q=liuzhou&kind=spaceship&sdg=18&year=abc&country=XX&page=0&theme=none");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject();
        Assert.Equal(["country", "kind", "page", "sdg", "theme", "year"], errors.Select(e => e.Key).Order());
        var past = await SearchAsync(http, "q=liuzhou&page=500");
        Assert.Empty(past["items"]!.AsArray());
        Assert.True((int)past["total"]! > 0);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Facet_counts_are_exact_and_combine_with_the_query(Db db)
    {
        var http = apps[db].Anonymous();
        var all = await SearchAsync(http, Q("Liuzhou"));
        var total = (int)all["total"]!;
        var kinds = Facet(all, "kind");
        Assert.Equal(total, kinds.Values.Sum());
        Assert.True(kinds.Count >= 4, "Liuzhou appears in several kinds of record");

        var places = await SearchAsync(http, Q("Liuzhou") + "&kind=place");
        Assert.Equal(kinds["place"], (int)places["total"]!);
        Assert.All(places["items"]!.AsArray(), i => Assert.Equal("place", (string?)i!["kind"]));

        var (year, count) = Facet(all, "year").First();
        var inYear = await SearchAsync(http, Q("Liuzhou") + "&year=" + year);
        Assert.Equal(count, (int)inYear["total"]!);
        Assert.All(inYear["items"]!.AsArray(), i => Assert.Equal(int.Parse(year), (int?)i!["year"]));
        var inYearInChina = await SearchAsync(http, Q("Liuzhou") + "&year=" + year + "&country=CN");
        Assert.Equal(Facet(inYear, "country").GetValueOrDefault("CN"), (int)inYearInChina["total"]!);
    }

    private static Dictionary<string, int> Facet(JsonNode results, string name) =>
        results["facets"]!.AsArray().Single(f => (string?)f!["name"] == name)!["values"]!.AsArray()
            .ToDictionary(v => (string)v!["value"]!, v => (int)v!["count"]!);

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Anonymous_visitors_do_not_find_drafts_nor_contact_details(Db db)
    {
        var app = apps[db];
        const string draft = "Draft: wastewater reuse in Bari industrial parks";
        Assert.DoesNotContain(draft, Titles(await SearchAsync(app.Anonymous(), Q("wastewater reuse"))));
        Assert.Equal(draft, Titles(await SearchAsync(app.Http(), Q("wastewater reuse"))).First());

        var http = app.Http();
        var mailbox = "contact" + Guid.NewGuid().ToString("N")[..8];
        var family = Json.Unique("Quillfeather").Replace(" ", "");
        var person = await http.PostJsonAsync("/api/v1/people", new { givenName = "Ada", familyName = family, email = mailbox + "@example.org", phone = "+39 555 0101", contactConsent = true });
        Assert.Equal(HttpStatusCode.Created, person.StatusCode);
        Assert.Equal(1, (int)(await SearchAsync(http, Q(family)))["total"]!);
        Assert.Equal(0, (int)(await SearchAsync(http, Q(mailbox)))["total"]!);
        Assert.Equal(0, (int)(await SearchAsync(http, Q("555 0101")))["total"]!);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Snippets_are_encoded_with_marks_around_the_matches(Db db)
    {
        var http = apps[db].Http();
        var word = "Plimsoll" + Guid.NewGuid().ToString("N")[..6];
        var created = await http.PostJsonAsync("/api/v1/places", new { name = Json.Unique("Snippet town"), kind = "City", countryCode = "FR", summary = $"<script>alert(1)</script> {word} & co" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var hit = (await SearchAsync(http, Q(word)))["items"]![0]!;
        Assert.StartsWith($"&lt;script&gt;alert(1)&lt;/script&gt; <mark>{word}</mark> &amp; co", (string?)hit["snippet"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Suggests_titles_while_a_word_is_typed(Db db)
    {
        var http = apps[db].Anonymous();
        var response = await http.GetAsync("/api/v1/search/suggest?q=" + Uri.EscapeDataString("Liuzh"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var titles = (await response.ReadJsonAsync()).AsArray().Select(s => (string?)s!["title"]).ToList();
        Assert.Contains("Liuzhou", titles);
        Assert.All(titles, t => Assert.Contains("Liuzh", t));
        var none = await (await http.GetAsync("/api/v1/search/suggest?q=%22%28")).ReadJsonAsync();
        Assert.Empty(none.AsArray());
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Reindex_rebuilds_the_same_index(Db db)
    {
        await using var app = TestApp.Start(db);
        var http = app.Anonymous();
        var before = await SearchAsync(http, Q("Liuzhou"));
        int count;
        await using (var scope = app.OpenDb())
        {
            scope.Db.SearchEntries.RemoveRange(scope.Db.SearchEntries.Where(e => e.Kind == "place"));
            await scope.Db.SaveChangesAsync();
            var provider = app.Services.GetRequiredService<DatabaseTarget>().Provider;
            var progress = new List<int>();
            count = await ReindexCommand.RebuildAsync(scope.Db, provider, (done, _) => progress.Add(done), CancellationToken.None);
            Assert.Equal(count, progress[^1]);
            Assert.Equal(count, scope.Db.SearchEntries.Count());
        }
        var after = await SearchAsync(http, Q("Liuzhou"));
        Assert.Equal((int)before["total"]!, (int)after["total"]!);
        Assert.Equal(Titles(before), Titles(after));
    }
}
