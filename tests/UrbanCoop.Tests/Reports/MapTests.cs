using System.Net;
using System.Text.RegularExpressions;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Reports;

[Collection(nameof(AppCollection))]
public sealed class MapTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_map_draws_countries_places_and_an_arc_per_pairing_each_a_link(Db db)
    {
        var html = WebUtility.HtmlDecode(await apps[db].Anonymous().GetStringAsync("/map"));
        Assert.True(Regex.Count(html, "<g class=\"countries\">") == 1 && Regex.Count(html, "<path d=\"M") > 150, "countries drawn");
        // Liuzhou with five EU cities, Guangzhou with five, Bari with GDD: eleven arcs.
        Assert.Equal(11, Regex.Count(html, "<a href=\"/partnerships/\\d+\" class=\"arc-link\""));
        Assert.Matches("<a href=\"/places/\\d+\"><circle class=\"partner\"", html);
        Assert.Contains("Natural Earth", html);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Filters_keep_only_the_matching_pairings(Db db)
    {
        var http = apps[db].Anonymous();
        var italy = WebUtility.HtmlDecode(await http.GetStringAsync("/map?country=IT&colourBy=Theme"));
        var bari = WebUtility.HtmlDecode(await http.GetStringAsync("/map?programme=2"));
        Assert.Equal(3, Regex.Matches(italy, "href=\"/partnerships/(\\d+)\" class=\"arc-link\"").Select(m => m.Groups[1].Value).Distinct().Count());
        Assert.Equal(1, Regex.Count(bari, "class=\"arc-link\""));
    }

    [Fact]
    public void Great_circle_arcs_bend_towards_the_pole_and_end_on_the_places()
    {
        var path = UrbanCoop.Features.Map.MapProjection.GreatCircle(41.39, 2.17, 24.33, 109.43);
        var points = Regex.Matches(path, @"[ML]([\d.]+) ([\d.]+)").Select(m => (X: double.Parse(m.Groups[1].Value), Y: double.Parse(m.Groups[2].Value))).ToList();
        var (bx, by) = UrbanCoop.Features.Map.MapProjection.Project(41.39, 2.17);
        var (lx, ly) = UrbanCoop.Features.Map.MapProjection.Project(24.33, 109.43);
        Assert.Equal(bx, points[0].X, 0.1);
        Assert.Equal(ly, points[^1].Y, 0.1);
        Assert.Equal(lx, points[^1].X, 0.1);
        // Halfway, the shortest path runs north of both ends (smaller y on the map).
        Assert.True(points[points.Count / 2].Y < Math.Min(by, ly));
    }

    [Fact]
    public async Task An_unknown_theme_gets_400()
    {
        var response = await apps[Db.Sqlite].Anonymous().GetAsync("/map?theme=nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not a theme id", await response.Content.ReadAsStringAsync());
    }
}
