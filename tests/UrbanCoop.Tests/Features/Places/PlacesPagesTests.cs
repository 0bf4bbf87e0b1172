using System.Net;
using System.Text.RegularExpressions;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.People;
using UrbanCoop.Features.Places;
using UrbanCoop.Features.Programmes;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Places;

[Collection(nameof(AppCollection))]
public sealed class PlacesPagesTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creating_through_the_form_shows_field_messages_then_the_new_profile(Db db)
    {
        var http = apps[db].Http();
        var invalid = await http.SubmitAsync("/places/new", new Dictionary<string, string>
        {
            ["Input.Name"] = "", ["Input.CountryCode"] = "China", ["Input.Kind"] = "City",
        });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("field-error field-validation-error", html);
        Assert.Contains("Use the two-letter ISO 3166 code", html);

        var name = Json.Unique("Formtown");
        var created = await http.SubmitAsync("/places/new", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.CountryCode"] = "ES", ["Input.Kind"] = "City", ["AliasesText"] = "Old name\nOther name",
        });
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var profile = await http.GetStringAsync(created.Headers.Location);
        Assert.Contains(name, profile);
        Assert.Contains("Old name, Other name", profile);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_stale_edit_gets_409_and_a_page_showing_what_changed(Db db)
    {
        var http = apps[db].Http();
        var id = (int)(await (await http.PostJsonAsync("/api/v1/places", new { name = Json.Unique("Editville"), countryCode = "DE" })).ReadJsonAsync())["id"]!;
        var form = new Dictionary<string, string> { ["Input.Name"] = "Mine", ["Input.CountryCode"] = "DE", ["Input.Kind"] = "City", ["Input.Version"] = "1" };
        await http.PutJsonAsync($"/api/v1/places/{id}", new { name = "Theirs", countryCode = "DE", version = 1 });

        var stale = await http.SubmitAsync($"/places/{id}/edit", form);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved this record", html);
        Assert.Contains("<td class=\"yours\">Mine</td><td class=\"theirs\">Theirs</td>", html);
        Assert.Equal("2", Forms.InputValue(html, "Input.Version"));
        Assert.Equal("Theirs", (string?)(await (await http.GetAsync($"/api/v1/places/{id}")).ReadJsonAsync())["name"]);

        var overwrite = await http.SubmitAsync($"/places/{id}/edit", form.With("Input.Version", "2"));
        await Expect.StatusAsync(HttpStatusCode.Redirect, overwrite);
        Assert.Equal("Mine", (string?)(await (await http.GetAsync($"/api/v1/places/{id}")).ReadJsonAsync())["name"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Delete_asks_for_confirmation_and_refuses_a_place_in_use(Db db)
    {
        var http = apps[db].Http();
        var parent = (int)(await (await http.PostJsonAsync("/api/v1/places", new { name = Json.Unique("Shire"), countryCode = "FR" })).ReadJsonAsync())["id"]!;
        await http.PostJsonAsync("/api/v1/places", new { name = Json.Unique("Hamlet"), countryCode = "FR", parentId = parent });
        var used = await http.GetStringAsync($"/places/{parent}/delete");
        Assert.Contains("cannot be deleted while other records use it", used);
        Assert.DoesNotContain("<button type=\"submit\" class=\"danger\">", used);

        var id = (int)(await (await http.PostJsonAsync("/api/v1/places", new { name = Json.Unique("Goneville"), countryCode = "FR" })).ReadJsonAsync())["id"]!;
        var confirm = await http.GetStringAsync($"/places/{id}/delete");
        Assert.Contains("This cannot be undone", confirm);
        var deleted = await http.SubmitAsync($"/places/{id}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/places/{id}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_list_shows_an_empty_state_and_unknown_pages_a_404_page(Db db)
    {
        var http = apps[db].Http();
        var empty = await http.GetStringAsync($"/places?q={Guid.NewGuid():N}");
        Assert.Contains("No places match.", empty);
        var missing = await http.GetAsync("/places/987654321");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_profile_shows_the_first_20_of_each_list_and_links_to_all_of_them(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        int place;
        await using (var scope = app.OpenDb())
        {
            var programme = new Programme { Name = Json.Unique("Programme") };
            var city = new Place { Name = Json.Unique("Bigcity"), CountryCode = "CN" };
            scope.Db.AddRange(programme, city);
            await scope.Db.SaveChangesAsync();
            place = city.Id;
            var organisations = Enumerable.Range(0, 21).Select(i => new Organisation { Name = $"Bureau {i:00}", PlaceId = place }).ToList();
            scope.Db.AddRange(organisations);
            for (var i = 0; i < 21; i++)
            {
                scope.Db.Places.Add(new Place { Name = $"District {i:00}", CountryCode = "CN", ParentId = place });
                var starts = new DateTime(2020, 1, 1 + i, 1, 0, 0, DateTimeKind.Utc);
                scope.Db.Activities.Add(new Activity
                {
                    Title = $"Meeting {i:00}", ProgrammeId = programme.Id, TimeZone = "Asia/Shanghai", StartsAt = starts, EndsAt = starts.AddHours(2),
                    Places = [new ActivityPlace { PlaceId = place }],
                });
            }
            scope.Db.People.Add(new Person { GivenName = "Current", FamilyName = "Official", Positions = [new Position { Organisation = organisations[0], Title = "Director" }] });
            scope.Db.People.Add(new Person
            {
                GivenName = "Former", FamilyName = "Official",
                Positions = [new Position { Organisation = organisations[1], Title = "Director", Until = new DateOnly(2019, 1, 1) }],
            });
            await scope.Db.SaveChangesAsync();
        }

        var html = await http.GetStringAsync($"/places/{place}");
        Assert.Contains($"<a href=\"/places?parent={place}\">All 21 places</a>", html);
        Assert.Contains($"<a href=\"/organisations?place={place}\">All 21 organisations</a>", html);
        Assert.Contains($"<a href=\"/activities?place={place}\">All 21 activities</a>", html);
        Assert.Contains($"<a href=\"/people?place={place}\">All 2 people</a>", html);
        Assert.Equal(20, Regex.Matches(html, "href=\"/organisations/\\d+\"").Count);
        Assert.Equal(20, Regex.Matches(html, "href=\"/activities/\\d+\"").Count);
        Assert.Contains("District 19", html);
        Assert.DoesNotContain("District 20", html);
        Assert.Contains("Meeting 20", html);
        Assert.DoesNotContain("Meeting 00", html);
        Assert.Contains("Current Official", html);
        Assert.DoesNotContain("Former Official", html);

        // Each "All N" is what the linked list counts.
        foreach (var (url, total) in new[] { ($"/api/v1/places?parent={place}", 21), ($"/api/v1/organisations?place={place}", 21), ($"/api/v1/people?place={place}", 2) })
            Assert.Equal(total, (int?)(await (await http.GetAsync(url)).ReadJsonAsync())["total"]);
        var profile = await (await http.GetAsync($"/api/v1/places/{place}")).ReadJsonAsync();
        Assert.Equal([21, 21, 21, 2, 0], new[] { "childCount", "organisationCount", "activityCount", "peopleCount", "agreementCount" }.Select(k => (int)profile[k]!));
    }
}

