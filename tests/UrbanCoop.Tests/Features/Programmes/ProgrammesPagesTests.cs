using System.Net;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Programmes;

[Collection(nameof(AppCollection))]
public sealed class ProgrammesPagesTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creating_through_the_form_shows_field_messages_then_the_new_profile(Db db)
    {
        var http = apps[db].Http();
        var invalid = await http.SubmitAsync("/programmes/new", new Dictionary<string, string>
        {
            ["Input.Name"] = Json.Unique("Backwards"), ["Input.StartsOn"] = "2020-01-01", ["Input.EndsOn"] = "2019-01-01",
        });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("field-error field-validation-error", html);
        Assert.Contains("The end cannot be before the start.", html);

        var name = Json.Unique("Formprogramme");
        var created = await http.SubmitAsync("/programmes/new", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Funder"] = "DG REGIO", ["Input.StartsOn"] = "2017-01-01", ["Input.EndsOn"] = "2020-12-31",
            ["WorldRegionsText"] = "China\nLatin America",
        });
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var profile = await http.GetStringAsync(created.Headers.Location);
        Assert.Contains(name, profile);
        Assert.Contains("Latin America", profile);
        Assert.Contains("31 December 2020", profile);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_profile_links_clusters_partnerships_and_activities(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var id = await Records.ProgrammeAsync(http);
        var cluster = await Records.ClusterAsync(app, id, Json.Unique("Mobility cluster"));
        var partnership = await Records.PartnershipAsync(app, id, Json.Unique("Shenzhen–Stuttgart"), cluster);
        var activity = await Records.ActivityAsync(app, id, Json.Unique("Study visit"), new DateTime(2019, 6, 9), participants: 25);

        var html = await http.GetStringAsync($"/programmes/{id}");
        Assert.Contains($"href=\"/clusters/{cluster}\"", html);
        Assert.Contains($"href=\"/partnerships/{partnership}\"", html);
        Assert.Contains($"href=\"/activities/{activity}\"", html);
        Assert.Contains("25 participants", html);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_stale_edit_gets_409_and_a_page_showing_what_changed(Db db)
    {
        var http = apps[db].Http();
        var id = await Records.ProgrammeAsync(http);
        var mine = Json.Unique("Mine");
        var theirs = Json.Unique("Theirs");
        var form = new Dictionary<string, string> { ["Input.Name"] = mine, ["Input.Version"] = "1" };
        await Expect.StatusAsync(HttpStatusCode.OK, await http.PutJsonAsync($"/api/v1/programmes/{id}", new { name = theirs, version = 1 }));

        var stale = await http.SubmitAsync($"/programmes/{id}/edit", form);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved this record", html);
        Assert.Contains($"<td class=\"yours\">{mine}</td><td class=\"theirs\">{theirs}</td>", html);
        Assert.Equal("2", Forms.InputValue(html, "Input.Version"));

        var overwrite = await http.SubmitAsync($"/programmes/{id}/edit", form.With("Input.Version", "2"));
        await Expect.StatusAsync(HttpStatusCode.Redirect, overwrite);
        Assert.Equal(mine, (string?)(await (await http.GetAsync($"/api/v1/programmes/{id}")).ReadJsonAsync())["name"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Delete_asks_for_confirmation_and_refuses_a_programme_in_use(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var used = await Records.ProgrammeAsync(http);
        var partnership = Json.Unique("Kaohsiung–Lyon");
        await Records.PartnershipAsync(app, used, partnership);
        var refusal = WebUtility.HtmlDecode(await http.GetStringAsync($"/programmes/{used}/delete"));
        Assert.Contains("cannot be deleted while other records use it", refusal);
        Assert.Contains($"Partnership: {partnership}", refusal);
        Assert.DoesNotContain("<button type=\"submit\" class=\"danger\">", refusal);
        // The refusal page offers no form; a post made anyway (a stale tab) is refused too.
        var forced = await http.SubmitAsync("/programmes/new", new Dictionary<string, string>(), $"/programmes/{used}/delete");
        Assert.Equal(HttpStatusCode.Conflict, forced.StatusCode);

        var id = await Records.ProgrammeAsync(http);
        var confirm = await http.GetStringAsync($"/programmes/{id}/delete");
        Assert.Contains("This cannot be undone", confirm);
        var deleted = await http.SubmitAsync($"/programmes/{id}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/programmes/{id}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_list_filters_shows_an_empty_state_and_unknown_pages_a_404_page(Db db)
    {
        var http = apps[db].Http();
        var name = Json.Unique("Listed");
        await Records.ProgrammeAsync(http, name);
        var listed = await http.GetStringAsync($"/programmes?q={Uri.EscapeDataString(name)}");
        Assert.Contains(name, listed);
        var empty = await http.GetStringAsync($"/programmes?q={Guid.NewGuid():N}");
        Assert.Contains("No programmes match.", empty);
        var badSort = await http.GetAsync("/programmes?sort=budget");
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
        var missing = await http.GetAsync("/programmes/987654321");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
    }
}
