using System.Net;
using UrbanCoop.Features.Documents;
using UrbanCoop.Tests.Features.Partnerships;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.ActionPlans;

[Collection(nameof(AppCollection))]
public sealed class ActionPlansPagesTests(Apps apps)
{
    private async Task<int> PartnershipAsync(Db db)
    {
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        return (await PartnershipData.PairingAsync(apps[db].Http(), programme)).Id;
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creating_through_the_form_shows_field_messages_then_the_plan(Db db)
    {
        var http = apps[db].Http();
        var partnership = await PartnershipAsync(db);
        var form = await http.GetStringAsync($"/action-plans/new?partnership={partnership}");
        Assert.Contains($"<option value=\"{partnership}\" selected=\"selected\">", form);

        var invalid = await http.SubmitAsync("/action-plans/new", new Dictionary<string, string>
        {
            ["Input.PartnershipId"] = partnership.ToString(), ["Input.Title"] = "", ["Input.Status"] = "Draft",
            ["Input.Themes[0].Title"] = "", ["Input.Themes[0].Sdgs"] = "11",
            ["Input.Themes[1].Title"] = "", ["Input.Themes[1].ThemeId"] = "",
        });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"field-error field-validation-error\" data-valmsg-for=\"Input.Title\"", html);
        Assert.Contains("data-valmsg-for=\"Input.Themes[0].Title\"", html);
        Assert.Contains("<option value=\"11\" selected=\"selected\">", html);

        var created = await http.SubmitAsync("/action-plans/new", new Dictionary<string, string>
        {
            ["Input.PartnershipId"] = partnership.ToString(), ["Input.Title"] = "UCAP", ["Input.Status"] = "Draft",
            ["Input.KeyChallenges"] = "Traffic congestion", ["Input.Themes[0].Title"] = "Sustainable mobility",
            ["Input.Themes[0].ThemeId"] = "mobility", ["Input.Themes[0].Sdgs"] = "11", ["Input.Themes[0].UrbanAgenda"] = "urban-mobility",
            ["Input.Themes[1].Title"] = "", ["Input.Themes[1].ThemeId"] = "",
        });
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var page = await http.GetStringAsync(created.Headers.Location);
        Assert.Contains("Traffic congestion", page);
        Assert.Contains("Sustainable mobility", page);
        Assert.Contains("11 Sustainable cities and communities", page);
        Assert.Contains("Urban mobility", page);
        Assert.Contains($"href=\"/partnerships/{partnership}\"", page);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_edit_page_edits_sections_and_themes(Db db)
    {
        var http = apps[db].Http();
        var partnership = await PartnershipAsync(db);
        var id = await PartnershipData.CreateAsync(http, "/api/v1/action-plans", new
        {
            partnershipId = partnership, title = "UCAP",
            themes = new[]
            {
                new { title = "Old theme", themeId = "water", sdgs = new[] { 6 }, urbanAgenda = Array.Empty<string>() },
                new { title = "Kept theme", themeId = "housing", sdgs = new[] { 11 }, urbanAgenda = new[] { "housing" } },
            },
        });
        var edit = await http.GetStringAsync($"/action-plans/{id}/edit");
        Assert.Equal("Kept theme", Forms.InputValue(edit, "Input.Themes[1].Title"));
        Assert.Equal("", Forms.InputValue(edit, "Input.Themes[3].Title"));

        var saved = await http.SubmitAsync($"/action-plans/{id}/edit", new Dictionary<string, string>
        {
            ["Input.PartnershipId"] = partnership.ToString(), ["Input.Title"] = "UCAP", ["Input.VersionNumber"] = "1", ["Input.Status"] = "Submitted",
            ["Input.MainObjective"] = "Affordable housing", ["Input.Version"] = "1",
            ["Input.Themes[0].Title"] = "", ["Input.Themes[0].ThemeId"] = "",
            ["Input.Themes[1].Title"] = "Kept theme", ["Input.Themes[1].ThemeId"] = "housing", ["Input.Themes[1].Sdgs"] = "11",
            ["Input.Themes[2].Title"] = "Added theme", ["Input.Themes[2].ThemeId"] = "green-infrastructure", ["Input.Themes[2].Sdgs"] = "15",
            ["Input.Themes[3].Title"] = "",
        });
        await Expect.StatusAsync(HttpStatusCode.Redirect, saved);
        var plan = await (await http.GetAsync($"/api/v1/action-plans/{id}")).ReadJsonAsync();
        Assert.Equal("Submitted", (string?)plan["status"]);
        Assert.Equal("Affordable housing", (string?)plan["mainObjective"]);
        Assert.Equal(["Kept theme", "Added theme"], plan["themes"]!.AsArray().Select(t => (string?)t!["title"]));
        Assert.Empty(plan["themes"]![0]!["urbanAgenda"]!.AsArray());
        Assert.Equal(15, (int?)plan["themes"]![1]!["sdgs"]![0]!["number"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_new_version_button_opens_a_draft_copy_for_editing(Db db)
    {
        var http = apps[db].Http();
        var partnership = await PartnershipAsync(db);
        var id = await PartnershipData.CreateAsync(http, "/api/v1/action-plans", new
        {
            partnershipId = partnership, title = "UCAP", status = "Endorsed", endorsedOn = "2019-11-20", keyFocus = "Innovation districts",
        });
        var response = await http.SubmitAsync($"/action-plans/{id}", new Dictionary<string, string>(), $"/action-plans/{id}?handler=NewVersion");
        await Expect.StatusAsync(HttpStatusCode.Redirect, response);
        var edit = await http.GetStringAsync(response.Headers.Location);
        Assert.Equal("2", Forms.InputValue(edit, "Input.VersionNumber"));
        Assert.Contains("Innovation districts", edit);

        var earlier = await http.GetStringAsync($"/action-plans/{id}");
        Assert.Contains("This is an earlier version.", earlier);
        Assert.Contains("Version 2", await http.GetStringAsync($"/partnerships/{partnership}"));
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_stale_edit_gets_409_and_a_page_showing_what_changed(Db db)
    {
        var http = apps[db].Http();
        var partnership = await PartnershipAsync(db);
        var id = await PartnershipData.CreateAsync(http, "/api/v1/action-plans", new { partnershipId = partnership, title = "UCAP" });
        var form = new Dictionary<string, string>
        {
            ["Input.PartnershipId"] = partnership.ToString(), ["Input.Title"] = "Mine", ["Input.VersionNumber"] = "1", ["Input.Status"] = "Draft",
            ["Input.Version"] = "1",
        };
        await http.PutJsonAsync($"/api/v1/action-plans/{id}", new { partnershipId = partnership, title = "Theirs", version = 1 });

        var stale = await http.SubmitAsync($"/action-plans/{id}/edit", form);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved this record", html);
        Assert.Contains("<td class=\"yours\">Mine</td><td class=\"theirs\">Theirs</td>", html);
        Assert.Equal("2", Forms.InputValue(html, "Input.Version"));

        await Expect.StatusAsync(HttpStatusCode.Redirect, await http.SubmitAsync($"/action-plans/{id}/edit", form.With("Input.Version", "2")));
        Assert.Equal("Mine", (string?)(await (await http.GetAsync($"/api/v1/action-plans/{id}")).ReadJsonAsync())["title"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Delete_refuses_a_cited_plan_and_otherwise_confirms_and_goes_back_to_the_partnership(Db db)
    {
        var http = apps[db].Http();
        var partnership = await PartnershipAsync(db);
        var cited = await PartnershipData.CreateAsync(http, "/api/v1/action-plans", new { partnershipId = partnership, title = "Cited plan" });
        await using (var scope = apps[db].OpenDb())
        {
            var document = new Document { Title = "UCAP at a glance.pdf" };
            scope.Db.Documents.Add(document);
            await scope.Db.SaveChangesAsync();
            scope.Db.DocumentLinks.Add(new DocumentLink { DocumentId = document.Id, RecordKind = RecordKind.ActionPlan, RecordId = cited });
            await scope.Db.SaveChangesAsync();
        }
        var refused = await http.GetStringAsync($"/action-plans/{cited}/delete");
        Assert.Contains("Document: UCAP at a glance.pdf", refused);
        Assert.DoesNotContain("<button type=\"submit\" class=\"danger\">", refused);

        var id = await PartnershipData.CreateAsync(http, "/api/v1/action-plans", new { partnershipId = partnership, title = "Doomed plan" });
        var confirm = await http.GetStringAsync($"/action-plans/{id}/delete");
        Assert.Contains("Delete Doomed plan (v2) for good? This cannot be undone.", confirm);

        var deleted = await http.SubmitAsync($"/action-plans/{id}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal($"/partnerships/{partnership}", deleted.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/action-plans/{id}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_list_shows_an_empty_state_and_unknown_pages_a_404_page(Db db)
    {
        var http = apps[db].Http();
        Assert.Contains("No action plans match.", await http.GetStringAsync($"/action-plans?q={Guid.NewGuid():N}&latest=true&sdg=3"));
        var missing = await http.GetAsync("/action-plans/987654321/edit");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
    }
}
