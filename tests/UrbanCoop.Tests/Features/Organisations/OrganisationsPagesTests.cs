using System.Net;
using UrbanCoop.Features.Activities;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Organisations;

[Collection(nameof(AppCollection))]
public sealed class OrganisationsPagesTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creating_through_the_form_shows_field_messages_then_the_new_profile(Db db)
    {
        var http = apps[db].Http();
        var place = await Arrange.PlaceAsync(http, Json.Unique("Formplace"));
        var invalid = await http.SubmitAsync("/organisations/new", new Dictionary<string, string>
        {
            ["Input.Name"] = "", ["Input.Kind"] = "Business", ["Input.Website"] = "not a web address",
        });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("field-error field-validation-error", html);
        Assert.Contains("is not a web address", html);

        var name = Json.Unique("Formorg");
        var created = await http.SubmitAsync("/organisations/new", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Kind"] = "Research", ["Input.PlaceId"] = place.ToString(), ["AliasesText"] = "Old name\nOther name",
        });
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var profile = await http.GetStringAsync(created.Headers.Location);
        Assert.Contains(name, profile);
        Assert.Contains("Old name, Other name", profile);
        Assert.Contains($"href=\"/places/{place}\"", profile);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_stale_edit_gets_409_and_a_page_showing_what_changed(Db db)
    {
        var http = apps[db].Http();
        var id = await Arrange.OrganisationAsync(http);
        var form = new Dictionary<string, string> { ["Input.Name"] = "Mine", ["Input.Kind"] = "Business", ["Input.Version"] = "1" };
        await http.PutJsonAsync($"/api/v1/organisations/{id}", new { name = "Theirs", kind = "Business", version = 1 });

        var stale = await http.SubmitAsync($"/organisations/{id}/edit", form);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved this record", html);
        Assert.Contains("<td class=\"yours\">Mine</td><td class=\"theirs\">Theirs</td>", html);
        Assert.Equal("2", Forms.InputValue(html, "Input.Version"));
        Assert.Equal("Theirs", (string?)(await (await http.GetAsync($"/api/v1/organisations/{id}")).ReadJsonAsync())["name"]);

        var overwrite = await http.SubmitAsync($"/organisations/{id}/edit", form.With("Input.Version", "2"));
        await Expect.StatusAsync(HttpStatusCode.Redirect, overwrite);
        Assert.Equal("Mine", (string?)(await (await http.GetAsync($"/api/v1/organisations/{id}")).ReadJsonAsync())["name"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Delete_asks_for_confirmation_and_refuses_an_organisation_in_use(Db db)
    {
        var http = apps[db].Http();
        var parent = await Arrange.OrganisationAsync(http);
        var childName = Json.Unique("Office");
        await Arrange.OrganisationAsync(http, childName, parentId: parent);
        var used = await http.GetStringAsync($"/organisations/{parent}/delete");
        Assert.Contains("cannot be deleted while other records use it", used);
        Assert.Contains($"Organisation: {childName}", used);
        Assert.DoesNotContain("<button type=\"submit\" class=\"danger\">", used);

        var id = await Arrange.OrganisationAsync(http);
        var confirm = await http.GetStringAsync($"/organisations/{id}/delete");
        Assert.Contains("This cannot be undone", confirm);
        var deleted = await http.SubmitAsync($"/organisations/{id}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/organisations/{id}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_list_shows_an_empty_state_and_unknown_pages_a_404_page(Db db)
    {
        var http = apps[db].Http();
        var empty = await http.GetStringAsync($"/organisations?q={Guid.NewGuid():N}");
        Assert.Contains("No organisations match.", empty);
        var missing = await http.GetAsync("/organisations/987654321");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
        var badSort = await http.GetAsync("/organisations?sort=shoe-size");
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_list_and_the_profile_link_to_related_records(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var place = await Arrange.PlaceAsync(http);
        var parent = await Arrange.OrganisationAsync(http);
        var name = Json.Unique("Linked");
        var id = await Arrange.OrganisationAsync(http, name, placeId: place, parentId: parent);
        var child = await Arrange.OrganisationAsync(http, parentId: id);
        var person = await Arrange.PersonAsync(http, "Wenneng", Json.Unique("Wu"), new { organisationId = id, title = "Deputy Director" });
        var activity = await Arrange.ActivityAsync(app, Json.Unique("Mission"), participants: [new Participant { OrganisationId = id }]);
        var agreement = await http.PostJsonAsync("/api/v1/agreements", new { title = Json.Unique("MoU"), organisationIds = new[] { id } }).IdAsync();

        var list = await http.GetStringAsync($"/organisations?q={Uri.EscapeDataString(name)}");
        Assert.Contains($"href=\"/organisations/{id}\"", list);
        Assert.Contains($"href=\"/places/{place}\"", list);
        Assert.Contains($"href=\"/organisations/{parent}\"", list);

        var profile = await http.GetStringAsync($"/organisations/{id}");
        foreach (var link in new[] { $"/places/{place}", $"/organisations/{parent}", $"/organisations/{child}", $"/people/{person}", $"/activities/{activity}", $"/agreements/{agreement}" })
            Assert.Contains($"href=\"{link}\"", profile);
        Assert.Contains("Deputy Director", profile);
    }
}
