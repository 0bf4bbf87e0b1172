using System.Net;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Agreements;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.PilotProjects;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Partnerships;

[Collection(nameof(AppCollection))]
public sealed class PartnershipsPagesTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creating_through_the_form_shows_field_messages_then_the_new_profile(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var granada = Json.Unique("Granada");
        var liuzhou = Json.Unique("Liuzhou");
        var eu = await PartnershipData.PlaceAsync(http, granada, "ES");
        var partner = await PartnershipData.PlaceAsync(http, liuzhou, "CN");

        var invalid = await http.SubmitAsync("/partnerships/new", new Dictionary<string, string>
        {
            ["Input.Name"] = "", ["Input.ProgrammeId"] = programme.ToString(), ["Input.Status"] = "Active",
            ["EuPlaceIds"] = $"{eu}\nbarcelona", ["PartnerPlaceIds"] = eu.ToString(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("field-error field-validation-error", html);
        Assert.Contains("A city cannot be paired with itself", html);
        Assert.Contains("&#x27;barcelona&#x27; is not a place id", html);

        var name = Json.Unique("Granada-Liuzhou");
        var created = await http.SubmitAsync("/partnerships/new", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.ProgrammeId"] = programme.ToString(), ["Input.Status"] = "Active", ["Input.Since"] = "2019-06-15",
            ["Input.Themes"] = "smart-city", ["EuPlaceIds"] = eu.ToString(), ["PartnerPlaceIds"] = $" {partner} \n",
        });
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var profile = await http.GetStringAsync(created.Headers.Location);
        Assert.Contains(name, profile);
        Assert.Contains($"<a href=\"/places/{eu}\">{granada}</a>", profile);
        Assert.Contains($"<a href=\"/places/{partner}\">{liuzhou}</a>", profile);
        Assert.Contains("href=\"/places?country=CN\">China</a>", profile);
        Assert.Contains("Smart city", profile);
        Assert.Contains("No action plan yet.", profile);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_profile_links_plan_activities_pilot_projects_and_agreements(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var (id, eu, partner) = await PartnershipData.PairingAsync(http, programme);
        await PartnershipData.CreateAsync(http, "/api/v1/action-plans", new
        {
            partnershipId = id, title = "UCAP at a glance", status = "Endorsed", endorsedOn = "2019-11-20", mainObjective = "Share smart-city solutions.",
            themes = new[] { new { title = "Smart mobility", themeId = "mobility", sdgs = new[] { 11 }, urbanAgenda = new[] { "urban-mobility" } } },
        });
        int activity, pilot, declaration, cityMou, companyMou, unrelated;
        await using (var scope = apps[db].OpenDb())
        {
            var d = scope.Db;
            var mission = new Activity
            {
                Title = "Delegation mission", Kind = ActivityKind.Mission, ProgrammeId = programme, PartnershipId = id, TimeZone = "Asia/Shanghai",
                AllDay = true, StartsAt = new DateTime(2019, 6, 8, 16, 0, 0, DateTimeKind.Utc), EndsAt = new DateTime(2019, 6, 15, 15, 59, 0, DateTimeKind.Utc),
            };
            var project = new PilotProject { Title = "Smart lamp posts", PlaceId = partner, PartnershipId = id, Progress = 40 };
            var company = new Organisation { Name = Json.Unique("Eu company"), PlaceId = eu };
            var joint = new Agreement { Title = "Joint declaration", Kind = AgreementKind.JointDeclaration };
            var city = new Agreement { Title = "City MoU", Parties = [new AgreementParty { PlaceId = partner }] };
            var business = new Agreement { Title = "Business MoU", Parties = [new AgreementParty { Organisation = company }] };
            var other = new Agreement { Title = "Unrelated MoU" };
            d.AddRange(mission, project, company, joint, city, business, other);
            await d.SaveChangesAsync();
            (activity, pilot, declaration, cityMou, companyMou, unrelated) = (mission.Id, project.Id, joint.Id, city.Id, business.Id, other.Id);
        }
        var stored = await (await http.GetAsync($"/api/v1/partnerships/{id}")).ReadJsonAsync();
        await Expect.StatusAsync(HttpStatusCode.OK, await http.PutJsonAsync($"/api/v1/partnerships/{id}", new
        {
            name = (string?)stored["name"], programmeId = programme, agreementId = declaration, version = 1,
            members = new[] { new { placeId = eu, side = "Eu" }, new { placeId = partner, side = "Partner" } },
        }));

        var p = await (await http.GetAsync($"/api/v1/partnerships/{id}")).ReadJsonAsync();
        Assert.Equal(declaration, (int?)p["agreement"]!["id"]);
        Assert.Equal(new[] { cityMou, companyMou, declaration }.Order(), p["agreements"]!.AsArray().Select(a => (int)a!["id"]!).Order());
        Assert.Equal("Sustainable cities and communities", (string?)p["actionPlan"]!["themes"]![0]!["sdgs"]![0]!["name"]);

        var html = await http.GetStringAsync($"/partnerships/{id}");
        Assert.Contains($"href=\"/activities/{activity}\">Delegation mission</a>", html);
        Assert.Contains("9–15 June 2019", WebUtility.HtmlDecode(html));
        Assert.Contains($"href=\"/pilot-projects/{pilot}\">Smart lamp posts</a>", html);
        foreach (var agreement in new[] { declaration, cityMou, companyMou }) Assert.Contains($"href=\"/agreements/{agreement}\"", html);
        Assert.DoesNotContain($"href=\"/agreements/{unrelated}\"", html);
        Assert.Contains("Share smart-city solutions.", html);
        Assert.Contains("11 Sustainable cities and communities", html);
        Assert.Contains("Urban mobility", html);
        Assert.Contains($"href=\"/programmes/{programme}\"", html);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_stale_edit_gets_409_and_a_page_showing_what_changed(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var (id, eu, partner) = await PartnershipData.PairingAsync(http, programme);
        var form = new Dictionary<string, string>
        {
            ["Input.Name"] = "Mine", ["Input.ProgrammeId"] = programme.ToString(), ["Input.Status"] = "Active",
            ["EuPlaceIds"] = eu.ToString(), ["PartnerPlaceIds"] = partner.ToString(), ["Input.Version"] = "1",
        };
        var edit = await http.GetStringAsync($"/partnerships/{id}/edit");
        Assert.Equal(eu.ToString(), System.Text.RegularExpressions.Regex.Match(edit, "name=\"EuPlaceIds\"[^>]*>([^<]*)<").Groups[1].Value);
        await http.PutJsonAsync($"/api/v1/partnerships/{id}", new
        {
            name = "Theirs", programmeId = programme, version = 1, members = new[] { new { placeId = eu, side = "Eu" }, new { placeId = partner, side = "Partner" } },
        });

        var stale = await http.SubmitAsync($"/partnerships/{id}/edit", form);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved this record", html);
        Assert.Contains("<td class=\"yours\">Mine</td><td class=\"theirs\">Theirs</td>", html);
        Assert.Equal("2", Forms.InputValue(html, "Input.Version"));

        var overwrite = await http.SubmitAsync($"/partnerships/{id}/edit", form.With("Input.Version", "2"));
        await Expect.StatusAsync(HttpStatusCode.Redirect, overwrite);
        Assert.Equal("Mine", (string?)(await (await http.GetAsync($"/api/v1/partnerships/{id}")).ReadJsonAsync())["name"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Delete_asks_for_confirmation_and_refuses_a_partnership_in_use(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var (used, _, _) = await PartnershipData.PairingAsync(http, programme);
        await PartnershipData.CreateAsync(http, "/api/v1/action-plans", new { partnershipId = used, title = "UCAP" });
        var refused = await http.GetStringAsync($"/partnerships/{used}/delete");
        Assert.Contains("cannot be deleted while other records use it", refused);
        Assert.Contains("Action plan: UCAP (version 1)", refused);
        Assert.DoesNotContain("<button type=\"submit\" class=\"danger\">", refused);

        var (id, _, _) = await PartnershipData.PairingAsync(http, programme);
        Assert.Contains("This cannot be undone", await http.GetStringAsync($"/partnerships/{id}/delete"));
        var deleted = await http.SubmitAsync($"/partnerships/{id}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/partnerships/{id}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_list_filters_shows_an_empty_state_and_unknown_pages_a_404_page(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var name = Json.Unique("Listed pairing");
        var (id, _, _) = await PartnershipData.PairingAsync(http, programme, name);
        var listed = await http.GetStringAsync($"/partnerships?q={Uri.EscapeDataString(name)}&status=Active&sort=-since");
        Assert.Contains($"<a href=\"/partnerships/{id}\">{name}</a>", listed);
        Assert.Contains("aria-sort=\"descending\"", listed);

        Assert.Contains("No partnerships match.", await http.GetStringAsync($"/partnerships?q={Guid.NewGuid():N}"));
        var badSort = await http.GetAsync("/partnerships?sort=shoe-size");
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
        Assert.Contains("Unknown sort key", await badSort.Content.ReadAsStringAsync());
        var missing = await http.GetAsync("/partnerships/987654321");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_profile_shows_the_first_50_activities_and_links_to_all_of_them(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var programme = await PartnershipData.ProgrammeAsync(app);
        var (id, _, _) = await PartnershipData.PairingAsync(http, programme);
        await using (var scope = app.OpenDb())
        {
            for (var i = 0; i < 51; i++)
            {
                var starts = new DateTime(2020, 1, 1, 1, 0, 0, DateTimeKind.Utc).AddDays(i);
                scope.Db.Activities.Add(new Activity
                {
                    Title = $"Session {i:00}", ProgrammeId = programme, PartnershipId = id, TimeZone = "Europe/Madrid", StartsAt = starts, EndsAt = starts.AddHours(2),
                });
            }
            await scope.Db.SaveChangesAsync();
        }

        var html = await http.GetStringAsync($"/partnerships/{id}");
        Assert.Contains($"<a href=\"/activities?partnership={id}&amp;sort=start\">All 51 activities</a>", html);
        Assert.Equal(50, System.Text.RegularExpressions.Regex.Matches(html, "href=\"/activities/\\d+\"").Count);
        Assert.Contains("Session 00", html);
        Assert.DoesNotContain("Session 50", html);
        Assert.Equal(51, (int?)(await (await http.GetAsync($"/api/v1/activities?partnership={id}")).ReadJsonAsync())["total"]);
        // The link lists all of them in the profile's order, oldest first.
        var all = await http.GetStringAsync($"/activities?partnership={id}&sort=start");
        Assert.Contains("51 records", all);
        Assert.True(all.IndexOf("Session 00", StringComparison.Ordinal) < all.IndexOf("Session 01", StringComparison.Ordinal));
    }
}

