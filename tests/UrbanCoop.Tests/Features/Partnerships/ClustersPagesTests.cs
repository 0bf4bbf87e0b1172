using System.Net;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Partnerships;

[Collection(nameof(AppCollection))]
public sealed class ClustersPagesTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creating_through_the_form_shows_field_messages_then_the_new_cluster(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var invalid = await http.SubmitAsync("/clusters/new", new Dictionary<string, string> { ["Input.Name"] = "", ["Input.ProgrammeId"] = "0" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("field-error field-validation-error", html);
        Assert.Contains("Choose the programme.", html);

        var name = Json.Unique("Circular economy");
        var created = await http.SubmitAsync("/clusters/new", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.ProgrammeId"] = programme.ToString(), ["Input.Themes"] = "circular-economy",
        });
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var page = await http.GetStringAsync(created.Headers.Location);
        Assert.Contains(name, page);
        Assert.Contains("Circular economy</a>", page);
        Assert.Contains("No partnerships yet.", page);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_stale_edit_gets_409_and_a_page_showing_what_changed(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var id = await PartnershipData.CreateAsync(http, "/api/v1/clusters", new { name = Json.Unique("Editable"), programmeId = programme });
        var form = new Dictionary<string, string> { ["Input.Name"] = "Mine", ["Input.ProgrammeId"] = programme.ToString(), ["Input.Version"] = "1" };
        await http.PutJsonAsync($"/api/v1/clusters/{id}", new { name = "Theirs", programmeId = programme, version = 1 });

        var stale = await http.SubmitAsync($"/clusters/{id}/edit", form);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("<td class=\"yours\">Mine</td><td class=\"theirs\">Theirs</td>", html);
        Assert.Equal("2", Forms.InputValue(html, "Input.Version"));

        await Expect.StatusAsync(HttpStatusCode.Redirect, await http.SubmitAsync($"/clusters/{id}/edit", form.With("Input.Version", "2")));
        Assert.Equal("Mine", (string?)(await (await http.GetAsync($"/api/v1/clusters/{id}")).ReadJsonAsync())["name"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Delete_asks_for_confirmation_and_refuses_a_cluster_in_use(Db db)
    {
        var http = apps[db].Http();
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        var used = await PartnershipData.CreateAsync(http, "/api/v1/clusters", new { name = Json.Unique("Used"), programmeId = programme });
        var (pairing, eu, partner) = await PartnershipData.PairingAsync(http, programme);
        await http.PutJsonAsync($"/api/v1/partnerships/{pairing}", new
        {
            name = "In the cluster", programmeId = programme, clusterId = used, version = 1,
            members = new[] { new { placeId = eu, side = "Eu" }, new { placeId = partner, side = "Partner" } },
        });
        var refused = await http.GetStringAsync($"/clusters/{used}/delete");
        Assert.Contains("Partnership: In the cluster", refused);
        Assert.DoesNotContain("<button type=\"submit\" class=\"danger\">", refused);

        var id = await PartnershipData.CreateAsync(http, "/api/v1/clusters", new { name = Json.Unique("Gone"), programmeId = programme });
        Assert.Contains("This cannot be undone", await http.GetStringAsync($"/clusters/{id}/delete"));
        Assert.Equal(HttpStatusCode.Redirect, (await http.SubmitAsync($"/clusters/{id}/delete", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/clusters/{id}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_list_shows_an_empty_state_and_unknown_pages_a_404_page(Db db)
    {
        var http = apps[db].Http();
        Assert.Contains("No clusters match.", await http.GetStringAsync($"/clusters?q={Guid.NewGuid():N}"));
        var missing = await http.GetAsync("/clusters/987654321");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
    }
}
