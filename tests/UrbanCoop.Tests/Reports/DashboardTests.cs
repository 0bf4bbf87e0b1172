using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Reports;

[Collection(nameof(AppCollection))]
public sealed class DashboardTests(Apps apps)
{
    private static IEnumerable<JsonNode> Rows(JsonNode dashboard, string key) =>
        dashboard["breakdowns"]!.AsArray().Single(b => (string)b!["key"]! == key)!["rows"]!.AsArray()!;

    [Theory]
    [InlineData(Db.Sqlite, "programme=1")]
    [InlineData(Db.Postgres, "programme=1")]
    [InlineData(Db.Sqlite, "from=2019-06-01&to=2020-12-31&country=CN")]
    [InlineData(Db.Postgres, "from=2019-06-01&to=2020-12-31&sdg=11")]
    public async Task Every_figure_equals_the_total_of_the_list_it_links_to(Db db, string filters)
    {
        var http = apps[db].Anonymous();
        var dashboard = await (await http.GetAsync("/api/v1/dashboard?" + filters)).ReadJsonAsync();
        var figures = dashboard["totals"]!.AsArray().Concat(Rows(dashboard, "theme")).Concat(Rows(dashboard, "sdg"))
            .Concat(Rows(dashboard, "country")).Concat(Rows(dashboard, "world-region")).Concat(Rows(dashboard, "year")).Concat(Rows(dashboard, "helix"))
            .Where(f => !((string)f!["label"]!).StartsWith("Participants") && (string)f!["label"]! != "Agreements signed").ToList();
        Assert.True(figures.Count > 6);
        foreach (var figure in figures)
        {
            var link = (string)figure!["link"]!;
            var list = await (await http.GetAsync("/api/v1" + link + (link.Contains('?') ? "&" : "?") + "pageSize=1")).ReadJsonAsync();
            Assert.True((long)figure["value"]! == (int)list["total"]!, $"{figure["label"]}: {figure["value"]} on the dashboard, {list["total"]} at {link}");
        }
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Two_filters_narrow_every_count(Db db)
    {
        var http = apps[db].Anonymous();
        var all = await (await http.GetAsync("/api/v1/dashboard")).ReadJsonAsync();
        var filtered = await (await http.GetAsync("/api/v1/dashboard?country=CN&theme=smart-city")).ReadJsonAsync();
        var activities = (long)all["totals"]![1]!["value"]!;
        var narrowed = (long)filtered["totals"]![1]!["value"]!;
        Assert.InRange(narrowed, 1, activities - 1);
        var list = await (await http.GetAsync("/api/v1/activities?country=CN&theme=smart-city&pageSize=1")).ReadJsonAsync();
        Assert.Equal((int)list["total"]!, narrowed);
        Assert.All(Rows(filtered, "theme"), r => Assert.True((long)r["value"]! <= narrowed));
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_page_draws_each_chart_as_SVG_with_linked_bars_and_the_table_behind_it(Db db)
    {
        var html = WebUtility.HtmlDecode(await apps[db].Anonymous().GetStringAsync("/dashboard?country=CN"));
        Assert.True(Regex.Count(html, "<svg class=\"bars\"") >= 6);
        Assert.Contains("Activities by theme", html);
        Assert.Matches("<a href=\"/activities\\?[^\"]*theme=smart-city[^\"]*country=CN", html);
        Assert.Contains("<table>", html);
        Assert.Contains("Organisations by helix type", html);
    }

    [Theory]
    [InlineData("/dashboard?from=2020-01-01&to=2019-01-01", "before its start")]
    [InlineData("/dashboard?from=2020-13-45", "is not a valid value for from")]
    [InlineData("/dashboard?theme=no-such-theme", "is not a theme id")]
    [InlineData("/dashboard?country=XX1", "is not an ISO 3166 country code")]
    [InlineData("/api/v1/dashboard?sdg=18", "SDGs are numbered 1 to 17")]
    public async Task Bad_filters_get_400_with_the_reason(string url, string message)
    {
        var response = await apps[Db.Sqlite].Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task An_empty_programme_shows_zeroes_and_empty_charts()
    {
        await using var app = TestApp.Start(Db.Sqlite, demo: false);
        var response = await app.Anonymous().GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nothing to count under these filters.", await response.Content.ReadAsStringAsync());
    }
}
