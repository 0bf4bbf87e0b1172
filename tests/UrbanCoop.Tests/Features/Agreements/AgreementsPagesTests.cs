using System.Net;
using UrbanCoop.Tests.Features.Organisations;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Agreements;

[Collection(nameof(AppCollection))]
public sealed class AgreementsPagesTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creating_through_the_form_shows_field_messages_then_the_new_agreement(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var organisation = await Arrange.OrganisationAsync(http);
        var place = await Arrange.PlaceAsync(http);
        var activity = await Arrange.ActivityAsync(app, Json.Unique("Mission"));
        var invalid = await http.SubmitAsync("/agreements/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "", ["Input.Kind"] = "MoU", ["Input.Status"] = "Signed", ["Input.Quantity"] = "0",
        });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("field-error field-validation-error", html);
        Assert.Contains("The field Quantity must be between 1 and 10000.", html);

        var title = Json.Unique("MoU on e-buses");
        var created = await http.SubmitAsync("/agreements/new", new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Kind"] = "MoU", ["Input.Status"] = "Signed", ["Input.SignedOn"] = "2019-06-12",
            ["Input.Quantity"] = "1", ["Input.ActivityId"] = activity.ToString(), ["Input.Themes"] = "mobility",
            ["Input.OrganisationIds"] = organisation.ToString(), ["Input.PlaceIds"] = place.ToString(),
        });
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var details = await http.GetStringAsync(created.Headers.Location);
        Assert.Contains(title, details);
        Assert.Contains("12 June 2019", details);
        Assert.Contains("<dd>MoU</dd>", details);
        Assert.Contains("Mobility", details);
        foreach (var link in new[] { $"/organisations/{organisation}", $"/places/{place}", $"/activities/{activity}" })
            Assert.Contains($"href=\"{link}\"", details);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_stale_edit_gets_409_and_a_page_showing_what_changed(Db db)
    {
        var http = apps[db].Http();
        var id = await http.PostJsonAsync("/api/v1/agreements", new { title = Json.Unique("Twinning") }).IdAsync();
        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = "Mine", ["Input.Kind"] = "MoU", ["Input.Status"] = "Draft", ["Input.Quantity"] = "1", ["Input.Version"] = "1",
        };
        await http.PutJsonAsync($"/api/v1/agreements/{id}", new { title = "Theirs", version = 1 });

        var stale = await http.SubmitAsync($"/agreements/{id}/edit", form);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved this record", html);
        Assert.Contains("<td class=\"yours\">Mine</td><td class=\"theirs\">Theirs</td>", html);
        Assert.Equal("2", Forms.InputValue(html, "Input.Version"));

        var overwrite = await http.SubmitAsync($"/agreements/{id}/edit", form.With("Input.Version", "2"));
        await Expect.StatusAsync(HttpStatusCode.Redirect, overwrite);
        Assert.Equal("Mine", (string?)(await (await http.GetAsync($"/api/v1/agreements/{id}")).ReadJsonAsync())["title"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Delete_asks_for_confirmation_and_refuses_an_agreement_in_use(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var declaration = await http.PostJsonAsync("/api/v1/agreements", new { title = Json.Unique("Declaration") }).IdAsync();
        var pairing = Json.Unique("Pairing");
        await Arrange.PartnershipAsync(app, pairing, declaration);
        var used = await http.GetStringAsync($"/agreements/{declaration}/delete");
        Assert.Contains("cannot be deleted while other records use it", used);
        Assert.Contains($"Partnership: {pairing}", used);
        Assert.DoesNotContain("<button type=\"submit\" class=\"danger\">", used);

        var id = await http.PostJsonAsync("/api/v1/agreements", new { title = Json.Unique("Draft") }).IdAsync();
        var confirm = await http.GetStringAsync($"/agreements/{id}/delete");
        Assert.Contains("This cannot be undone", confirm);
        var deleted = await http.SubmitAsync($"/agreements/{id}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/agreements/{id}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_list_links_parties_shows_an_empty_state_and_unknown_pages_a_404_page(Db db)
    {
        var http = apps[db].Http();
        var organisation = await Arrange.OrganisationAsync(http);
        var title = Json.Unique("Listed");
        var id = await http.PostJsonAsync("/api/v1/agreements", new { title, organisationIds = new[] { organisation } }).IdAsync();
        var list = await http.GetStringAsync($"/agreements?q={Uri.EscapeDataString(title)}");
        Assert.Contains($"href=\"/agreements/{id}\"", list);
        Assert.Contains($"href=\"/organisations/{organisation}\"", list);

        var empty = await http.GetStringAsync($"/agreements?q={Guid.NewGuid():N}");
        Assert.Contains("No agreements match.", empty);
        var missing = await http.GetAsync("/agreements/987654321");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/agreements?from=2020-01-01&to=2019-01-01")).StatusCode);
    }
}
