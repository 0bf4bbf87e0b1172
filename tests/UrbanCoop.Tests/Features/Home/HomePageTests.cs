using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Home;

[Collection(nameof(AppCollection))]
public sealed class HomePageTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Shows_the_demo_programme_at_a_glance(Db db)
    {
        var html = WebUtility.HtmlDecode(await apps[db].Http().GetStringAsync("/"));
        Assert.Contains("International Urban Cooperation", html);
        Assert.Contains("Liuzhou – Barcelona, Granada, Rome, Stuttgart Region, Mannheim", html);
        Assert.Contains("Liuzhou-Barcelona Online Discussion on Innovation District", html);
        Assert.Contains("17 July 2020", html);
    }

    [Fact]
    public async Task An_empty_database_shows_a_welcome_instead_of_an_error()
    {
        await using var app = TestApp.Start(Db.Sqlite, demo: false);
        var response = await app.Http().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Welcome to UrbanCoop", html);
        Assert.Contains("No activities yet.", html);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Unknown_addresses_get_a_404_page_or_problem_json(Db db)
    {
        var http = apps[db].Http();
        var page = await http.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Page not found", await page.Content.ReadAsStringAsync());

        var api = await http.GetAsync("/api/v1/no-such-kind");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_every_API_route_and_the_reference_page_answers()
    {
        var http = apps[Db.Sqlite].Http();
        var document = await (await http.GetAsync("/openapi/v1.json")).ReadJsonAsync();
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        var routes = apps[Db.Sqlite].Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/').Replace(":int", ""))
            .Where(r => r.StartsWith("/api/v1/"))
            .Select(r => r.TrimEnd('/'))
            .ToHashSet();
        Assert.NotEmpty(routes);
        Assert.Empty(routes.Except(paths.Select(p => p.TrimEnd('/'))));
        var reference = await new HttpClient { BaseAddress = apps[Db.Sqlite].BaseAddress }.GetAsync("/api");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("text/html", reference.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Pages_link_the_stylesheet_and_it_is_served()
    {
        var http = apps[Db.Sqlite].Http();
        var html = await http.GetStringAsync("/");
        var href = System.Text.RegularExpressions.Regex.Match(html, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Groups[1].Value;
        Assert.StartsWith("/css/site.css?v=", href);
        var css = await http.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".skip", await css.Content.ReadAsStringAsync());
    }
}
