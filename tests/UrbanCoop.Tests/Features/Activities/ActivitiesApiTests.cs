using System.Net;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Activities;

[Collection(nameof(AppCollection))]
public sealed class ActivitiesApiTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creates_an_activity_in_local_time_and_reads_it_back_with_its_links(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var programme = await Arrange.ProgrammeAsync(app);
        var place = await Arrange.PlaceAsync(app, name: Json.Unique("Liuzhou"));
        var organisation = await Arrange.OrganisationAsync(app, Json.Unique("Liuzhou Government"));
        var person = await Arrange.PersonAsync(app, "Wenneng", "Wu", familyNameFirst: true);
        var title = Json.Unique("Forum");
        var body = Arrange.Activity(programme, title);
        body["placeIds"] = new[] { place, place };
        body["organiserIds"] = new[] { organisation };
        body["participants"] = new object[] { new { personId = person, organisationId = organisation, role = "speaker" }, new { organisationId = organisation } };
        body["agenda"] = new object[] { new { at = "09:30:00", title = "Opening", speaker = "WU Wenneng" }, new { title = "Panel" } };
        body["outcomes"] = new object[] { new { kind = "NextStep", text = "Draft the MoU" } };
        body["themes"] = new[] { "smart-city", "smart-city" };
        body["sdgs"] = new[] { 11, 9 };

        var created = await http.PostJsonAsync("/api/v1/activities", body);
        await Expect.StatusAsync(HttpStatusCode.Created, created);
        var id = (int)(await created.ReadJsonAsync())["id"]!;
        Assert.Equal($"/api/v1/activities/{id}", created.Headers.Location?.OriginalString);

        var activity = await (await http.GetAsync($"/api/v1/activities/{id}")).ReadJsonAsync();
        Assert.Equal(title, (string?)activity["title"]);
        Assert.Equal("2019-06-12T01:30:00Z", (string?)activity["startsAt"]);
        Assert.Equal("2019-06-12T09:30:00", (string?)activity["startsLocal"]);
        Assert.Equal("2019-06-12T04:00:00Z", (string?)activity["endsAt"]);
        Assert.Equal([place], activity["places"]!.AsArray().Select(p => (int)p!["id"]!));
        Assert.Equal(organisation, (int?)activity["organisers"]![0]!["id"]);
        Assert.Equal("WU Wenneng", (string?)activity["participants"]![0]!["person"]!["name"]);
        Assert.Equal("speaker", (string?)activity["participants"]![0]!["role"]);
        Assert.Null(activity["participants"]![1]!["person"]);
        Assert.Equal(["09:30:00", null], activity["agenda"]!.AsArray().Select(a => (string?)a!["at"]));
        Assert.Equal("NextStep", (string?)activity["outcomes"]![0]!["kind"]);
        Assert.Equal(["smart-city"], activity["themes"]!.AsArray().Select(t => (string?)t));
        Assert.Equal([9, 11], activity["sdgs"]!.AsArray().Select(s => (int)s!));
        Assert.Equal(1, (int?)activity["version"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task An_all_day_activity_covers_whole_local_days_and_edits_back_as_dates(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var body = Arrange.Activity(await Arrange.ProgrammeAsync(app), Json.Unique("Mission to Chengdu and Liuzhou"));
        (body["kind"], body["allDay"], body["startsAt"], body["endsAt"]) = ("Mission", true, "2019-06-09T10:00:00", "2019-06-15T00:00:00");
        var id = await Arrange.ActivityAsync(http, body);

        var stored = await (await http.GetAsync($"/api/v1/activities/{id}")).ReadJsonAsync();
        Assert.Equal("2019-06-08T16:00:00Z", (string?)stored["startsAt"]);
        Assert.Equal("2019-06-15T15:59:00Z", (string?)stored["endsAt"]);

        body["version"] = 1;
        var saved = await (await http.PutJsonAsync($"/api/v1/activities/{id}", body)).ReadJsonAsync();
        Assert.Equal("2019-06-09T00:00:00", (string?)saved["startsAt"]);
        Assert.Equal("2019-06-15T00:00:00", (string?)saved["endsAt"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Rejects_invalid_input_with_a_message_per_field_and_stores_nothing(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var title = Json.Unique("Nowhere meeting");
        var body = Arrange.Activity(999999999, title);
        body["timeZone"] = "Mars/Olympus";
        body["themes"] = new[] { "teleportation" };
        body["sdgs"] = new[] { 18 };
        body["placeIds"] = new[] { 999999999 };
        body["organiserIds"] = new[] { 999999999 };
        body["participants"] = new object[] { new { role = "observer" } };
        body["agenda"] = new object[] { new { title = " " } };
        body["outcomes"] = new object[] { new { kind = "Decision", text = "" } };
        body["onlineUrl"] = "javascript:alert(1)";
        body["partnershipId"] = 999999999;
        body["parentId"] = 999999999;

        var response = await http.PostJsonAsync("/api/v1/activities", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key).ToList();
        foreach (var field in new[] { "TimeZone", "Themes", "Sdgs", "ProgrammeId", "PlaceIds", "OrganiserIds", "Participants", "Agenda", "Outcomes", "OnlineUrl", "PartnershipId", "ParentId" })
            Assert.Contains(field, errors);

        var backwards = Arrange.Activity(await Arrange.ProgrammeAsync(app), title);
        (backwards["title"], backwards["endsAt"]) = ("", "2019-06-12T09:00:00");
        var backwardsErrors = (await (await http.PostJsonAsync("/api/v1/activities", backwards)).ReadJsonAsync())["errors"]!.AsObject();
        Assert.Contains("Title", backwardsErrors.Select(e => e.Key));
        Assert.Contains("The end cannot be before the start.", backwardsErrors["EndsAt"]!.AsArray().Select(m => (string?)m));

        var skipped = Arrange.Activity(await Arrange.ProgrammeAsync(app), title);
        (skipped["timeZone"], skipped["startsAt"]) = ("Europe/Madrid", "2019-03-31T02:30:00");
        var skippedErrors = (await (await http.PostJsonAsync("/api/v1/activities", skipped)).ReadJsonAsync())["errors"]!.AsObject();
        Assert.Contains("the clocks skip it", (string?)skippedErrors["StartsAt"]![0]);

        var nullLists = Arrange.Activity(999999999, title);
        foreach (var list in new[] { "themes", "sdgs", "placeIds", "organiserIds", "participants", "agenda", "outcomes" }) nullLists[list] = null;
        Assert.Equal(["ProgrammeId"], (await (await http.PostJsonAsync("/api/v1/activities", nullLists)).ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key));

        var stored = await (await http.GetAsync($"/api/v1/activities?q={Uri.EscapeDataString(title)}")).ReadJsonAsync();
        Assert.Equal(0, (int?)stored["total"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Refuses_an_activity_inside_itself_or_inside_its_own_part(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var programme = await Arrange.ProgrammeAsync(app);
        var mission = Arrange.Activity(programme, Json.Unique("Mission"));
        var missionId = await Arrange.ActivityAsync(http, mission);
        var visit = Arrange.Activity(programme, Json.Unique("Site visit"));
        visit["parentId"] = missionId;
        var visitId = await Arrange.ActivityAsync(http, visit);

        mission["version"] = 1;
        foreach (var parent in new[] { missionId, visitId })
        {
            mission["parentId"] = parent;
            var response = await http.PutJsonAsync($"/api/v1/activities/{missionId}", mission);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("ParentId", (await response.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key));
        }
        var children = (await (await http.GetAsync($"/api/v1/activities/{missionId}")).ReadJsonAsync())["children"]!.AsArray();
        Assert.Equal([visitId], children.Select(c => (int)c!["id"]!));
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Answers_unknown_ids_with_problem_json_404(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var body = Arrange.Activity(await Arrange.ProgrammeAsync(app), Json.Unique("Ghost"));
        foreach (var request in new[]
                 {
                     new HttpRequestMessage(HttpMethod.Get, "/api/v1/activities/987654321"),
                     new HttpRequestMessage(HttpMethod.Delete, "/api/v1/activities/987654321"),
                     new HttpRequestMessage(HttpMethod.Put, "/api/v1/activities/987654321") { Content = System.Net.Http.Json.JsonContent.Create(body) },
                 })
        {
            var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_second_save_from_a_stale_version_gets_409_and_loses_no_update(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var place = await Arrange.PlaceAsync(app);
        var organisation = await Arrange.OrganisationAsync(app);
        var body = Arrange.Activity(await Arrange.ProgrammeAsync(app), Json.Unique("Race"));
        var id = await Arrange.ActivityAsync(http, body);

        body["version"] = 1;
        body["title"] = "First editor";
        body["placeIds"] = new[] { place };
        body["participants"] = new object[] { new { organisationId = organisation, role = "host" } };
        var first = await http.PutJsonAsync($"/api/v1/activities/{id}", body);
        await Expect.StatusAsync(HttpStatusCode.OK, first);
        Assert.Equal(2, (int?)(await first.ReadJsonAsync())["version"]);

        body["title"] = "Second editor";
        body["placeIds"] = Array.Empty<int>();
        var second = await http.PutJsonAsync($"/api/v1/activities/{id}", body);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var current = (await second.ReadJsonAsync())["current"]!;
        Assert.Equal("First editor", (string?)current["title"]);
        Assert.Equal([place], current["placeIds"]!.AsArray().Select(p => (int)p!));

        var stored = await (await http.GetAsync($"/api/v1/activities/{id}")).ReadJsonAsync();
        Assert.Equal("First editor", (string?)stored["title"]);
        Assert.Single(stored["places"]!.AsArray());

        (body["version"], body["participants"]) = (2, Array.Empty<object>());
        var emptied = await http.PutJsonAsync($"/api/v1/activities/{id}", body);
        await Expect.StatusAsync(HttpStatusCode.OK, emptied);
        var after = await (await http.GetAsync($"/api/v1/activities/{id}")).ReadJsonAsync();
        Assert.Empty(after["places"]!.AsArray());
        Assert.Empty(after["participants"]!.AsArray());
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Refuses_to_delete_an_activity_that_others_use_and_lists_them(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var programme = await Arrange.ProgrammeAsync(app);
        var organisation = await Arrange.OrganisationAsync(app);
        var mission = Arrange.Activity(programme, Json.Unique("Mission"));
        mission["participants"] = new object[] { new { organisationId = organisation, role = "delegation" } };
        var missionId = await Arrange.ActivityAsync(http, mission);
        var visitTitle = Json.Unique("Site visit");
        var visit = Arrange.Activity(programme, visitTitle);
        visit["parentId"] = missionId;
        var visitId = await Arrange.ActivityAsync(http, visit);
        var mouTitle = Json.Unique("MoU");
        var mou = await Arrange.AgreementAsync(app, missionId, mouTitle);
        var documentTitle = Json.Unique("Mission report");
        var documentId = (int)(await (await http.PostJsonAsync("/api/v1/documents", new
        {
            title = documentTitle, kind = "Report", links = new[] { new { recordKind = "Activity", recordId = missionId } },
        })).ReadJsonAsync())["id"]!;

        var refused = await http.DeleteAsync($"/api/v1/activities/{missionId}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var usedBy = (await refused.ReadJsonAsync())["usedBy"]!.AsArray().Select(u => (string?)u).ToList();
        Assert.Contains($"Activity: {visitTitle}", usedBy);
        Assert.Contains($"Agreement: {mouTitle}", usedBy);
        Assert.Contains($"Document: {documentTitle}", usedBy);

        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/activities/{visitId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/documents/{documentId}")).StatusCode);
        await using (var scope = app.OpenDb())
        {
            var agreement = await scope.Db.Agreements.FirstAsync(a => a.Id == mou);
            agreement.ActivityId = null;
            await scope.Db.SaveChangesAsync();
        }
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/activities/{missionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/activities/{missionId}")).StatusCode);
        await using (var scope = app.OpenDb())
            Assert.False(await scope.Db.Participants.AnyAsync(p => p.ActivityId == missionId));
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Lists_a_places_activities_with_paging_and_sorting_newest_first_by_default(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var programme = await Arrange.ProgrammeAsync(app);
        var place = await Arrange.PlaceAsync(app);
        foreach (var (title, day, count) in new[] { ("A", 10, 300), ("B", 12, 100), ("C", 11, 200) })
        {
            var body = Arrange.Activity(programme, title);
            (body["startsAt"], body["endsAt"], body["participantCount"], body["placeIds"]) = ($"2019-06-{day}T09:00:00", $"2019-06-{day}T10:00:00", count, new[] { place });
            await Arrange.ActivityAsync(http, body);
        }

        var newest = await (await http.GetAsync($"/api/v1/activities?place={place}&pageSize=2")).ReadJsonAsync();
        Assert.Equal(3, (int?)newest["total"]);
        Assert.Equal(2, (int?)newest["totalPages"]);
        Assert.Equal(["B", "C"], newest["items"]!.AsArray().Select(i => (string?)i!["title"]));
        Assert.Equal(place, (int?)newest["items"]![0]!["places"]![0]!["id"]);
        var page2 = await (await http.GetAsync($"/api/v1/activities?place={place}&pageSize=2&page=2")).ReadJsonAsync();
        Assert.Equal(["A"], page2["items"]!.AsArray().Select(i => (string?)i!["title"]));
        var byCount = await (await http.GetAsync($"/api/v1/activities?place={place}&sort=-participants")).ReadJsonAsync();
        Assert.Equal(["A", "C", "B"], byCount["items"]!.AsArray().Select(i => (string?)i!["title"]));

        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/activities?sort=shoe-size")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/activities?theme=teleportation")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/activities?from=2019-06-10&to=2019-06-01")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Filters_by_what_an_activity_is_linked_to_and_by_local_dates(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var programme = await Arrange.ProgrammeAsync(app);
        var partnership = await Arrange.PartnershipAsync(app, programme);
        var place = await Arrange.PlaceAsync(app, "IT");
        var organiser = await Arrange.OrganisationAsync(app);
        var guest = await Arrange.OrganisationAsync(app);
        var person = await Arrange.PersonAsync(app, "David", "Martínez");

        var mission = Arrange.Activity(programme, "Mission");
        (mission["kind"], mission["allDay"], mission["startsAt"], mission["endsAt"]) = ("Mission", true, "2019-06-09T00:00:00", "2019-06-15T00:00:00");
        (mission["partnershipId"], mission["organiserIds"], mission["themes"]) = (partnership, new[] { organiser }, new[] { "mobility" });
        var missionId = await Arrange.ActivityAsync(http, mission);
        var forum = Arrange.Activity(programme, "Forum");
        (forum["kind"], forum["status"], forum["parentId"], forum["placeIds"], forum["sdgs"]) = ("Forum", "Planned", missionId, new[] { place }, new[] { 11 });
        forum["participants"] = new object[] { new { personId = person, organisationId = guest } };
        var forumId = await Arrange.ActivityAsync(http, forum);

        async Task<int[]> Ids(string filter) =>
            [.. (await (await http.GetAsync($"/api/v1/activities?programme={programme}&{filter}")).ReadJsonAsync())["items"]!.AsArray().Select(i => (int)i!["id"]!)];
        Assert.Equal([forumId, missionId], await Ids("sort=-start"));
        Assert.Equal([missionId], await Ids($"partnership={partnership}"));
        Assert.Equal([missionId], await Ids("kind=Mission"));
        Assert.Equal([forumId], await Ids("status=Planned"));
        Assert.Equal([missionId], await Ids("theme=mobility"));
        Assert.Equal([forumId], await Ids("sdg=11"));
        Assert.Equal([forumId], await Ids("country=it"));
        Assert.Equal([forumId], await Ids($"parent={missionId}"));
        Assert.Equal([missionId], await Ids($"organisation={organiser}"));
        Assert.Equal([forumId], await Ids($"organisation={guest}"));
        Assert.Equal([forumId], await Ids($"person={person}"));
        Assert.Equal([forumId], await Ids("q=FOR"));
        // The mission starts at local midnight on 9 June in Asia/Shanghai, which is still 8 June in UTC.
        Assert.Equal([forumId, missionId], await Ids("from=2019-06-09&to=2019-06-12"));
        Assert.Equal([forumId], await Ids("from=2019-06-10"));
        Assert.Empty(await Ids("to=2019-06-08"));
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_places_list_follows_a_moved_start_and_a_newly_linked_place(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var programme = await Arrange.ProgrammeAsync(app);
        var place = await Arrange.PlaceAsync(app);
        var other = await Arrange.PlaceAsync(app);
        var ids = new Dictionary<string, int>();
        foreach (var (title, day) in new[] { ("A", 10), ("B", 12) })
        {
            var body = Arrange.Activity(programme, title);
            (body["startsAt"], body["endsAt"], body["placeIds"]) = ($"2019-06-{day}T09:00:00", $"2019-06-{day}T10:00:00", new[] { place });
            ids[title] = await Arrange.ActivityAsync(http, body);
        }
        async Task<string[]> Titles(int at, string sort = "-start") =>
            [.. (await (await http.GetAsync($"/api/v1/activities?place={at}&sort={sort}")).ReadJsonAsync())["items"]!.AsArray().Select(i => (string)i!["title"]!)];
        Assert.Equal(["B", "A"], await Titles(place));

        var moved = Arrange.Activity(programme, "A");
        (moved["startsAt"], moved["endsAt"], moved["placeIds"], moved["version"]) = ("2019-06-20T09:00:00", "2019-06-20T10:00:00", new[] { place, other }, 1);
        await Expect.StatusAsync(HttpStatusCode.OK, await http.PutJsonAsync($"/api/v1/activities/{ids["A"]}", moved));

        Assert.Equal(["A", "B"], await Titles(place));
        Assert.Equal(["B", "A"], await Titles(place, "start"));
        Assert.Equal(["A"], await Titles(other));
        // The place lists read the links' copy of the start: every copy equals its activity's start.
        await using var scope = app.OpenDb();
        var links = await scope.Db.Set<UrbanCoop.Features.Activities.ActivityPlace>().Where(l => l.PlaceId == place || l.PlaceId == other)
            .Join(scope.Db.Activities, l => l.ActivityId, a => a.Id, (l, a) => new { Copy = l.StartsAt, a.StartsAt }).ToListAsync();
        Assert.Equal(3, links.Count);
        Assert.All(links, l => Assert.Equal(l.StartsAt, l.Copy));
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Moving_a_start_without_loading_the_links_is_refused_so_their_copy_cannot_go_stale(Db db)
    {
        var app = apps[db];
        var body = Arrange.Activity(await Arrange.ProgrammeAsync(app), Json.Unique("Meeting"));
        body["placeIds"] = new[] { await Arrange.PlaceAsync(app) };
        var id = await Arrange.ActivityAsync(app.Http(), body);

        await using var scope = app.OpenDb();
        var activity = await scope.Db.Activities.SingleAsync(a => a.Id == id);
        activity.StartsAt = activity.StartsAt.AddDays(1);
        await Assert.ThrowsAsync<InvalidOperationException>(() => scope.Db.SaveChangesAsync());
        scope.Db.ChangeTracker.Clear();
        var loaded = await scope.Db.Activities.Include(a => a.Places).SingleAsync(a => a.Id == id);
        loaded.StartsAt = loaded.StartsAt.AddDays(1);
        await scope.Db.SaveChangesAsync();
        Assert.Equal(loaded.StartsAt, (await scope.Db.Set<UrbanCoop.Features.Activities.ActivityPlace>().AsNoTracking().SingleAsync(l => l.ActivityId == id)).StartsAt);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Counts_a_places_activities_with_other_filters_and_on_every_page(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var programme = await Arrange.ProgrammeAsync(app);
        var place = await Arrange.PlaceAsync(app);
        foreach (var (title, kind, day) in new[] { ("A", "Meeting", 10), ("B", "Mission", 11), ("C", "Meeting", 12) })
        {
            var body = Arrange.Activity(programme, title);
            (body["kind"], body["startsAt"], body["endsAt"], body["placeIds"]) = (kind, $"2019-06-{day}T09:00:00", $"2019-06-{day}T10:00:00", new[] { place });
            await Arrange.ActivityAsync(http, body);
        }
        // "total: titles of the page"
        async Task<string> List(string filter)
        {
            var list = await (await http.GetAsync($"/api/v1/activities?place={place}&{filter}")).ReadJsonAsync();
            return $"{(int?)list["total"]}: {string.Join(",", list["items"]!.AsArray().Select(i => (string?)i!["title"]))}";
        }

        Assert.Equal("2: C,A", await List("kind=Meeting"));
        Assert.Equal("1: B", await List("kind=Mission&pageSize=1"));
        Assert.Equal("3: C", await List("pageSize=1"));
        Assert.Equal("3: A", await List("pageSize=2&page=2"));
        Assert.Equal("3: ", await List("pageSize=2&page=3"));
        Assert.Equal("0: ", await List("kind=Forum"));
        Assert.Equal("1: A", await List("from=2019-06-10&to=2019-06-10"));
    }
}
