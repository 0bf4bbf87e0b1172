using System.Net;
using UrbanCoop.Features.Activities;
using UrbanCoop.Tests.Features.Organisations;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.People;

[Collection(nameof(AppCollection))]
public sealed class PeoplePagesTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creating_through_the_form_shows_field_messages_then_the_new_profile(Db db)
    {
        var http = apps[db].Http();
        var organisation = await Arrange.OrganisationAsync(http);
        var invalid = await http.SubmitAsync("/people/new", new Dictionary<string, string>
        {
            ["Input.GivenName"] = "", ["Input.FamilyName"] = "Wu", ["Input.Email"] = "nope",
            ["Input.Positions[0].OrganisationId"] = organisation.ToString(), ["Input.Positions[0].Title"] = "",
            ["Input.Positions[1].OrganisationId"] = "", ["Input.Positions[1].Title"] = "",
        });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("field-error field-validation-error", html);
        Assert.Contains("The GivenName field is required.", html);
        Assert.Contains("The Title field is required.", html);
        Assert.Contains("name=\"Input.Positions[0].Title\"", html);

        var family = Json.Unique("Wu");
        var created = await http.SubmitAsync("/people/new", new Dictionary<string, string>
        {
            ["Input.GivenName"] = "Wenneng", ["Input.FamilyName"] = family, ["Input.FamilyNameFirst"] = "true",
            ["Input.Email"] = "wu@example.cn",
            ["Input.Positions[0].OrganisationId"] = "", ["Input.Positions[0].Title"] = "",
            ["Input.Positions[1].OrganisationId"] = organisation.ToString(), ["Input.Positions[1].Title"] = "Deputy Director",
            ["Input.Positions[1].Since"] = "2019-06-01",
        });
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var profile = await http.GetStringAsync(created.Headers.Location);
        Assert.Contains($"{family.ToUpperInvariant()} Wenneng", profile);
        Assert.Contains("Deputy Director", profile);
        Assert.Contains($"href=\"/organisations/{organisation}\"", profile);
        Assert.Contains("wu@example.cn", profile);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_stale_edit_gets_409_and_a_page_showing_what_changed(Db db)
    {
        var http = apps[db].Http();
        var id = await Arrange.PersonAsync(http, "Original", Json.Unique("Editor"));
        var form = new Dictionary<string, string> { ["Input.GivenName"] = "Mine", ["Input.FamilyName"] = "Same", ["Input.Version"] = "1" };
        await http.PutJsonAsync($"/api/v1/people/{id}", new { givenName = "Theirs", familyName = "Same", version = 1 });

        var stale = await http.SubmitAsync($"/people/{id}/edit", form);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved this record", html);
        Assert.Contains("<td class=\"yours\">Mine</td><td class=\"theirs\">Theirs</td>", html);
        Assert.Equal("2", Forms.InputValue(html, "Input.Version"));
        Assert.Equal("Theirs", (string?)(await (await http.GetAsync($"/api/v1/people/{id}")).ReadJsonAsync())["givenName"]);

        var overwrite = await http.SubmitAsync($"/people/{id}/edit", form.With("Input.Version", "2"));
        await Expect.StatusAsync(HttpStatusCode.Redirect, overwrite);
        Assert.Equal("Mine", (string?)(await (await http.GetAsync($"/api/v1/people/{id}")).ReadJsonAsync())["givenName"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_edit_form_keeps_positions_and_removes_the_rows_left_empty(Db db)
    {
        var http = apps[db].Http();
        var organisation = await Arrange.OrganisationAsync(http);
        var id = await Arrange.PersonAsync(http, "Ana", Json.Unique("Rows"),
            new { organisationId = organisation, title = "Mayor" }, new { organisationId = organisation, title = "Advisor" });
        var form = await http.GetStringAsync($"/people/{id}/edit");
        Assert.Equal("Mayor", Forms.InputValue(form, "Input.Positions[0].Title"));
        Assert.Equal("Advisor", Forms.InputValue(form, "Input.Positions[1].Title"));

        var saved = await http.SubmitAsync($"/people/{id}/edit", new Dictionary<string, string>
        {
            ["Input.GivenName"] = "Ana", ["Input.FamilyName"] = "Rows", ["Input.Version"] = "1",
            ["Input.Positions[0].OrganisationId"] = "", ["Input.Positions[0].Title"] = "",
            ["Input.Positions[1].OrganisationId"] = organisation.ToString(), ["Input.Positions[1].Title"] = "Advisor",
        });
        await Expect.StatusAsync(HttpStatusCode.Redirect, saved);
        var person = await (await http.GetAsync($"/api/v1/people/{id}")).ReadJsonAsync();
        Assert.Equal(["Advisor"], person["positions"]!.AsArray().Select(p => (string?)p!["title"]));
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Delete_asks_for_confirmation_and_refuses_a_person_in_use(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var speaker = await Arrange.PersonAsync(http, "Ana", Json.Unique("Speaker"));
        var forum = Json.Unique("Forum");
        await Arrange.ActivityAsync(app, forum, participants: [new Participant { PersonId = speaker, Role = "Speaker" }]);
        var used = await http.GetStringAsync($"/people/{speaker}/delete");
        Assert.Contains("cannot be deleted while other records use it", used);
        Assert.Contains($"Activity: {forum}", used);
        Assert.DoesNotContain("<button type=\"submit\" class=\"danger\">", used);

        var id = await Arrange.PersonAsync(http, "Gone", Json.Unique("Soon"));
        var confirm = await http.GetStringAsync($"/people/{id}/delete");
        Assert.Contains("This cannot be undone", confirm);
        var deleted = await http.SubmitAsync($"/people/{id}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/people/{id}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_list_shows_no_contact_details_an_empty_state_and_unknown_pages_a_404_page(Db db)
    {
        var http = apps[db].Http();
        var organisation = await Arrange.OrganisationAsync(http);
        var family = Json.Unique("Private");
        await http.PostJsonAsync("/api/v1/people", new
        {
            givenName = "Pia", familyName = family, email = "pia@example.org", phone = "+49 711 000", contactConsent = true,
            positions = new[] { new { organisationId = organisation, title = "Head of unit" } },
        }).IdAsync();
        var list = WebUtility.HtmlDecode(await http.GetStringAsync($"/people?q={Uri.EscapeDataString(family)}"));
        Assert.Contains(family, list);
        Assert.Contains($"href=\"/organisations/{organisation}\"", list);
        Assert.DoesNotContain("pia@example.org", list);
        Assert.DoesNotContain("+49 711 000", list);

        var empty = await http.GetStringAsync($"/people?q={Guid.NewGuid():N}");
        Assert.Contains("No people match.", empty);
        var missing = await http.GetAsync("/people/987654321");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_profile_shows_contact_details_in_one_block_and_activities_with_role(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var organisation = await Arrange.OrganisationAsync(http);
        var id = await http.PostJsonAsync("/api/v1/people", new
        {
            givenName = "Pia", familyName = Json.Unique("Profile"), email = "pia@example.org", phone = "+49 711 000",
        }).IdAsync();
        var forum = await Arrange.ActivityAsync(app, Json.Unique("Forum"),
            participants: [new Participant { PersonId = id, OrganisationId = organisation, Role = "Moderator" }]);

        var profile = WebUtility.HtmlDecode(await http.GetStringAsync($"/people/{id}"));
        var block = profile[profile.IndexOf("data-personal-data", StringComparison.Ordinal)..];
        block = block[..block.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("pia@example.org", block);
        Assert.Contains("+49 711 000", block);
        Assert.Contains($"href=\"/activities/{forum}\"", profile);
        Assert.Contains("Moderator", profile);
    }
}
