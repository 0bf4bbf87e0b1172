using System.Net;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Knowledge.Articles;

[Collection(nameof(AppCollection))]
public sealed class ArticlesTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Writes_publishes_updates_and_deletes_an_article_with_sanitised_markdown(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var title = Json.Unique("Tram depot roofs");
        var created = await http.PostJsonAsync("/api/v1/articles", new
        {
            title, kind = "CaseStudy", language = "en", published = false, themes = new[] { "energy-transition" }, sdgs = new[] { 7 },
            body = "Solar **roofs** on depots.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2))",
            links = new[] { new { recordKind = "Place", recordId = 12 } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)(await created.ReadJsonAsync())["id"]!;

        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/api/v1/articles/{id}")).StatusCode);
        var article = await (await http.GetAsync($"/api/v1/articles/{id}")).ReadJsonAsync();
        var html = (string)article["bodyHtml"]!;
        Assert.Contains("<strong>roofs</strong>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.Equal("Liuzhou", (string?)article["links"]![0]!["name"]);

        var stale = await http.PutJsonAsync($"/api/v1/articles/{id}", new { title, body = "Other text.", language = "en", version = 99 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var published = await http.PutJsonAsync($"/api/v1/articles/{id}", new
        {
            title, kind = "CaseStudy", body = "Solar roofs on depots.", language = "en", published = true, version = (int)article["version"]!,
        });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync($"/api/v1/articles/{id}")).StatusCode);
        var found = await (await app.Anonymous().GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(title))).ReadJsonAsync();
        Assert.Equal(title, (string?)found["items"]![0]!["title"]);

        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/articles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/articles/{id}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Bad_input_is_named_and_nothing_is_stored(Db db)
    {
        var http = apps[db].Http();
        var response = await http.PostJsonAsync("/api/v1/articles", new
        {
            title = "", body = "x", language = "not a tag", sdgs = new[] { 18 }, themes = new[] { "nope" },
            links = new[] { new { recordKind = "Place", recordId = 999_999 } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key).Order();
        Assert.Equal(["Language", "Links", "Sdgs", "Themes", "Title"], errors);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Pages_list_show_and_suggest_SDGs_on_edit_and_hide_drafts_from_the_public(Db db)
    {
        var app = apps[db];
        var list = await (await app.Anonymous().GetAsync("/articles")).Content.ReadAsStringAsync();
        Assert.Contains("Superblocks: how Barcelona gives streets back to people", list);
        Assert.DoesNotContain("Draft: wastewater reuse", list);
        Assert.Contains("Draft: wastewater reuse", await (await app.Http().GetAsync("/articles")).Content.ReadAsStringAsync());

        var http = app.Http();
        var created = await http.PostJsonAsync("/api/v1/articles", new
        {
            title = Json.Unique("Clean water"), language = "en", published = true,
            body = "Safe drinking water and sanitation for every household; wastewater treatment and water quality in the river basin.",
        });
        var id = (int)(await created.ReadJsonAsync())["id"]!;
        var edit = await (await http.GetAsync($"/articles/{id}/edit")).Content.ReadAsStringAsync();
        Assert.Contains("class=\"suggested-sdg\"><input type=\"checkbox\" name=\"Input.Sdgs\" value=\"6\"", edit);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Anonymous().GetAsync($"/articles/{id}/edit")).StatusCode);
    }
}
