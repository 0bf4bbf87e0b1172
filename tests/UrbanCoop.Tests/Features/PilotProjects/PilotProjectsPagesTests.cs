using System.Net;
using UrbanCoop.Features.Documents;
using UrbanCoop.Tests.Features.Programmes;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.PilotProjects;

[Collection(nameof(AppCollection))]
public sealed class PilotProjectsPagesTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creating_through_the_form_shows_field_messages_then_the_new_profile(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var placeId = await Records.PlaceAsync(http);
        var partner = Json.Unique("Guangxi University");
        var partnerId = await Records.OrganisationAsync(app, partner);

        var invalid = await http.SubmitAsync("/pilot-projects/new", new Dictionary<string, string>
        {
            ["Input.Title"] = Json.Unique("Too far"), ["Input.PlaceId"] = placeId.ToString(), ["Input.Progress"] = "140",
            ["Input.Milestones[0].Title"] = "", ["Input.Milestones[0].DueOn"] = "2030-01-01",
        });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("field-error field-validation-error", html);
        Assert.Contains("Progress is a share from 0 to 100.", html);
        Assert.Contains("value=\"2030-01-01\"", html);

        var unreadable = await http.SubmitAsync("/pilot-projects/new", new Dictionary<string, string>
        {
            ["Input.Title"] = Json.Unique("Partnerless"), ["Input.PlaceId"] = placeId.ToString(), ["PartnersText"] = "Guangxi University",
        });
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("does not start with an organisation id", await unreadable.Content.ReadAsStringAsync());

        var title = Json.Unique("Waterfront regeneration");
        // A browser posts checked boxes as repeated names; indexed names bind the same way and fit a dictionary.
        var created = await http.SubmitAsync("/pilot-projects/new", new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.PlaceId"] = placeId.ToString(), ["Input.Status"] = "Endorsed", ["Input.Progress"] = "35",
            ["Input.Themes[0]"] = "urban-planning", ["Input.Themes[1]"] = "water", ["Input.Sdgs[0]"] = "11",
            ["PartnersText"] = $"{partnerId} {partner}",
            ["Input.Milestones[0].Title"] = "Design", ["Input.Milestones[0].DueOn"] = "2001-05-01",
            ["Input.Milestones[1].Title"] = "", ["Input.Milestones[1].DueOn"] = "",
        });
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var profile = await http.GetStringAsync(created.Headers.Location);
        Assert.Contains(title, profile);
        Assert.Contains($"href=\"/places/{placeId}\"", profile);
        Assert.Contains($"href=\"/organisations/{partnerId}\"", profile);
        Assert.Contains("<progress aria-labelledby=\"progress-label\" max=\"100\" value=\"35\">35 %</progress>", profile);
        Assert.Contains("Urban planning", profile);
        Assert.Contains("Sustainable cities and communities", profile);
        Assert.Contains("Overdue", profile);

        var edit = await http.GetStringAsync($"{created.Headers.Location}/edit");
        Assert.Contains($"{partnerId} {partner}", edit);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_stale_edit_gets_409_and_a_page_showing_what_changed(Db db)
    {
        var http = apps[db].Http();
        var placeId = await Records.PlaceAsync(http);
        var id = (int)(await (await http.PostJsonAsync("/api/v1/pilot-projects", new { title = Json.Unique("Editproject"), placeId })).ReadJsonAsync())["id"]!;
        var form = new Dictionary<string, string> { ["Input.Title"] = "Mine", ["Input.PlaceId"] = placeId.ToString(), ["Input.Version"] = "1" };
        await Expect.StatusAsync(HttpStatusCode.OK, await http.PutJsonAsync($"/api/v1/pilot-projects/{id}", new { title = "Theirs", placeId, version = 1 }));

        var stale = await http.SubmitAsync($"/pilot-projects/{id}/edit", form);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved this record", html);
        Assert.Contains("<td class=\"yours\">Mine</td><td class=\"theirs\">Theirs</td>", html);
        Assert.Equal("2", Forms.InputValue(html, "Input.Version"));

        var overwrite = await http.SubmitAsync($"/pilot-projects/{id}/edit", form.With("Input.Version", "2"));
        await Expect.StatusAsync(HttpStatusCode.Redirect, overwrite);
        Assert.Equal("Mine", (string?)(await (await http.GetAsync($"/api/v1/pilot-projects/{id}")).ReadJsonAsync())["title"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Delete_asks_for_confirmation_and_refuses_a_project_documents_link_to(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var placeId = await Records.PlaceAsync(http);
        var linked = (int)(await (await http.PostJsonAsync("/api/v1/pilot-projects", new { title = Json.Unique("Linked"), placeId })).ReadJsonAsync())["id"]!;
        await using (var scope = app.OpenDb())
        {
            scope.Db.Documents.Add(new Document { Title = Json.Unique("Report"), Links = [new DocumentLink { RecordKind = RecordKind.PilotProject, RecordId = linked }] });
            await scope.Db.SaveChangesAsync();
        }
        var used = await http.GetStringAsync($"/pilot-projects/{linked}/delete");
        Assert.Contains("cannot be deleted while other records use it", used);
        Assert.DoesNotContain("<button type=\"submit\" class=\"danger\">", used);

        var id = (int)(await (await http.PostJsonAsync("/api/v1/pilot-projects", new { title = Json.Unique("Gone"), placeId })).ReadJsonAsync())["id"]!;
        var confirm = await http.GetStringAsync($"/pilot-projects/{id}/delete");
        Assert.Contains("This cannot be undone", confirm);
        var deleted = await http.SubmitAsync($"/pilot-projects/{id}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/pilot-projects/{id}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_list_filters_shows_an_empty_state_and_unknown_pages_a_404_page(Db db)
    {
        var http = apps[db].Http();
        var placeId = await Records.PlaceAsync(http, "JP");
        var title = Json.Unique("Listed project");
        await http.PostJsonAsync("/api/v1/pilot-projects", new { title, placeId, themes = new[] { "housing" } });
        var listed = await http.GetStringAsync($"/pilot-projects?q={Uri.EscapeDataString(title)}&theme=housing&country=JP");
        Assert.Contains(title, listed);
        Assert.Contains($"href=\"/places/{placeId}\"", listed);
        var empty = await http.GetStringAsync($"/pilot-projects?q={Guid.NewGuid():N}");
        Assert.Contains("No pilot projects match.", empty);
        var missing = await http.GetAsync("/pilot-projects/987654321");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
    }
}
