using System.Net;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Activities;

[Collection(nameof(AppCollection))]
public sealed class ActivitiesPagesTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creating_through_the_form_shows_field_messages_then_the_new_activity(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var programme = await Arrange.ProgrammeAsync(app);
        var placeName = Json.Unique("Liuzhou");
        var place = await Arrange.PlaceAsync(app, name: placeName);
        var person = await Arrange.PersonAsync(app, "Wenneng", "Wu", familyNameFirst: true);
        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = "", ["Input.Kind"] = "Forum", ["Input.Status"] = "Held", ["Input.ProgrammeId"] = programme.ToString(),
            ["Input.StartsAt"] = "2019-06-12T09:30", ["Input.EndsAt"] = "2019-06-12T12:00", ["Input.TimeZone"] = "Mars/Olympus",
            ["Lines.Places"] = $"{place} {placeName}", ["Lines.Participants"] = "someone important",
        };
        var invalid = await http.SubmitAsync("/activities/new", form);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("write person id; organisation id; role", html);

        form["Lines.Participants"] = $"{person} WU Wenneng; ; keynote speaker";
        invalid = await http.SubmitAsync("/activities/new", form);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("field-error field-validation-error", html);
        Assert.Contains("is not an IANA time zone", html);

        var title = Json.Unique("Liuzhou forum");
        form["Input.Title"] = title;
        form["Input.TimeZone"] = "Asia/Shanghai";
        form["Lines.Agenda"] = "09:30 | Opening speech | WU Wenneng\nPanel on smart cities";
        form["Lines.Outcomes"] = "Next step: Draft the MoU";
        form["Input.Themes"] = "smart-city";
        var created = await http.SubmitAsync("/activities/new", form);
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var page = WebUtility.HtmlDecode(await http.GetStringAsync(created.Headers.Location));
        Assert.Contains(title, page);
        Assert.Contains("12 June 2019 09:30–12:00 (Asia/Shanghai)", page);
        Assert.Contains($"<a href=\"/places/{place}\">{placeName}</a>", page);
        Assert.Contains($"<a href=\"/people/{person}\">WU Wenneng</a>", page);
        Assert.Contains("keynote speaker", page);
        Assert.Contains("Opening speech", page);
        Assert.Contains("Draft the MoU", page);
        Assert.Contains("Smart city", page);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_details_page_links_the_mission_its_parts_documents_and_agreements(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var programme = await Arrange.ProgrammeAsync(app);
        var mission = Arrange.Activity(programme, Json.Unique("Mission"));
        (mission["kind"], mission["allDay"], mission["startsAt"], mission["endsAt"]) = ("Mission", true, "2019-06-09T00:00:00", "2019-06-15T00:00:00");
        var missionId = await Arrange.ActivityAsync(http, mission);
        var visitTitle = Json.Unique("Visit to the Binjiang Smart Valley");
        var visit = Arrange.Activity(programme, visitTitle);
        (visit["kind"], visit["parentId"]) = ("SiteVisit", missionId);
        var visitId = await Arrange.ActivityAsync(http, visit);
        var mouTitle = Json.Unique("MoU on smart mobility");
        var mou = await Arrange.AgreementAsync(app, missionId, mouTitle);
        var documentTitle = Json.Unique("Mission programme");
        var document = (int)(await (await http.PostJsonAsync("/api/v1/documents", new
        {
            title = documentTitle, kind = "Agenda", links = new[] { new { recordKind = "Activity", recordId = missionId } },
        })).ReadJsonAsync())["id"]!;

        var page = WebUtility.HtmlDecode(await http.GetStringAsync($"/activities/{missionId}"));
        Assert.Contains("9–15 June 2019", page);
        Assert.Contains($"<a href=\"/activities/{visitId}\">{visitTitle}</a>", page);
        Assert.Contains($"<a href=\"/agreements/{mou}\">{mouTitle}</a>", page);
        Assert.Contains($"<a href=\"/documents/{document}\">{documentTitle}</a>", page);
        var visitPage = await http.GetStringAsync($"/activities/{visitId}");
        Assert.Contains($"<a href=\"/activities/{missionId}\">", visitPage);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_stale_edit_gets_409_and_a_page_showing_what_changed(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var programme = await Arrange.ProgrammeAsync(app);
        var body = Arrange.Activity(programme, Json.Unique("Working session"));
        var id = await Arrange.ActivityAsync(http, body);
        var editor = await http.GetStringAsync($"/activities/{id}/edit");
        Assert.Equal("2019-06-12T09:30:00.000", Forms.InputValue(editor, "Input.StartsAt"));
        (body["title"], body["version"]) = ("Theirs", 1);
        await http.PutJsonAsync($"/api/v1/activities/{id}", body);

        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = "Mine", ["Input.Kind"] = "Meeting", ["Input.Status"] = "Held", ["Input.ProgrammeId"] = programme.ToString(),
            ["Input.StartsAt"] = "2019-06-12T09:30", ["Input.EndsAt"] = "2019-06-12T12:00", ["Input.TimeZone"] = "Asia/Shanghai",
            ["Input.Version"] = "1",
        };
        var stale = await http.SubmitAsync($"/activities/{id}/edit", form);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved this record", html);
        Assert.Contains("<td class=\"yours\">Mine</td><td class=\"theirs\">Theirs</td>", html);
        Assert.Equal("2", Forms.InputValue(html, "Input.Version"));

        var overwrite = await http.SubmitAsync($"/activities/{id}/edit", form.With("Input.Version", "2"));
        await Expect.StatusAsync(HttpStatusCode.Redirect, overwrite);
        Assert.Equal("Mine", (string?)(await (await http.GetAsync($"/api/v1/activities/{id}")).ReadJsonAsync())["title"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Delete_asks_for_confirmation_and_refuses_an_activity_in_use(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var programme = await Arrange.ProgrammeAsync(app);
        var missionId = await Arrange.ActivityAsync(http, Arrange.Activity(programme, Json.Unique("Mission")));
        var visit = Arrange.Activity(programme, Json.Unique("Site visit"));
        visit["parentId"] = missionId;
        await Arrange.ActivityAsync(http, visit);
        var used = await http.GetStringAsync($"/activities/{missionId}/delete");
        Assert.Contains("cannot be deleted while other records use it", used);
        Assert.DoesNotContain("<button type=\"submit\" class=\"danger\">", used);

        var id = await Arrange.ActivityAsync(http, Arrange.Activity(programme, Json.Unique("Cancelled meeting")));
        var confirm = await http.GetStringAsync($"/activities/{id}/delete");
        Assert.Contains("This cannot be undone", confirm);
        var deleted = await http.SubmitAsync($"/activities/{id}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/activities/{id}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_list_filters_shows_an_empty_state_and_unknown_pages_a_404_page(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var title = Json.Unique("Round table");
        await Arrange.ActivityAsync(http, Arrange.Activity(await Arrange.ProgrammeAsync(app), title));
        var found = WebUtility.HtmlDecode(await http.GetStringAsync($"/activities?q={Uri.EscapeDataString(title)}&kind=Meeting&sort=title"));
        Assert.Contains(title, found);
        Assert.Contains("aria-sort=\"ascending\"", found);

        var empty = await http.GetStringAsync($"/activities?q={Guid.NewGuid():N}");
        Assert.Contains("No activities match.", empty);
        var badSort = await http.GetAsync("/activities?sort=shoe-size");
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
        Assert.Contains("Unknown sort key", await badSort.Content.ReadAsStringAsync());
        var missing = await http.GetAsync("/activities/987654321");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
    }
}
