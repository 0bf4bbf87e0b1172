using System.Net;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Matchmaking;

[Collection(nameof(AppCollection))]
public sealed class ProfileTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task An_organisation_editor_edits_its_own_profile_and_no_other(Db db)
    {
        var app = apps[db];
        var admin = app.Http();
        var own = await MatchmakingArrange.OrganisationInAsync(admin, "ES");
        var other = await MatchmakingArrange.OrganisationInAsync(admin, "CN");
        var editor = await app.SignedInAsync(UserRole.OrganisationEditor, organisation: own);

        await MatchmakingArrange.ProfileAsync(editor, own, ["urban regeneration"], ["smart city"], "We renew old districts.");
        var stored = await (await app.Anonymous().GetAsync($"/api/v1/organisations/{own}/matchmaking-profile")).ReadJsonAsync();
        Assert.Equal(["urban regeneration"], stored["profile"]!["offers"]!.AsArray().Select(t => (string?)t));
        Assert.Equal(1, (int?)stored["profile"]!["version"]);

        var refused = await editor.PutJsonAsync($"/api/v1/organisations/{other}/matchmaking-profile", new { offers = new[] { "takeover" }, version = 0 });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var untouched = await (await admin.GetAsync($"/api/v1/organisations/{other}/matchmaking-profile")).ReadJsonAsync();
        Assert.Equal(0, (int?)untouched["profile"]!["version"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/organisations/{other}/matchmaking/edit")).StatusCode);

        var page = await editor.SubmitAsync($"/organisations/{own}/matchmaking/edit", new Dictionary<string, string>
        {
            ["OffersText"] = "urban regeneration\npublic space", ["SeeksText"] = "smart city", ["CountriesText"] = "cn, it", ["Input.Version"] = "1",
        });
        Assert.Equal(HttpStatusCode.Found, page.StatusCode);
        Assert.Equal($"/organisations/{own}/matchmaking", page.Headers.Location?.OriginalString);
        var saved = await (await admin.GetAsync($"/api/v1/organisations/{own}/matchmaking-profile")).ReadJsonAsync();
        Assert.Equal(["CN", "IT"], saved["profile"]!["targetCountries"]!.AsArray().Select(t => (string?)t));
        Assert.Equal(2, (int?)saved["profile"]!["version"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Bad_profile_input_names_each_problem_and_keeps_what_is_stored(Db db)
    {
        var admin = apps[db].Http();
        var org = await MatchmakingArrange.OrganisationInAsync(admin, "IT");
        await MatchmakingArrange.ProfileAsync(admin, org, ["energy efficiency"], ["industrial parks"]);

        var bad = await admin.PutJsonAsync($"/api/v1/organisations/{org}/matchmaking-profile",
            new { offers = new[] { new string('x', 81) }, targetCountries = new[] { "XX" }, version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ReadJsonAsync())["errors"]!.AsObject();
        Assert.Contains("'XX'", (string?)errors["TargetCountries"]![0]);
        Assert.True(errors.ContainsKey("Offers"));

        var stale = await admin.PutJsonAsync($"/api/v1/organisations/{org}/matchmaking-profile", new { offers = new[] { "stale" }, version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var stored = await (await admin.GetAsync($"/api/v1/organisations/{org}/matchmaking-profile")).ReadJsonAsync();
        Assert.Equal(["energy efficiency"], stored["profile"]!["offers"]!.AsArray().Select(t => (string?)t));
    }
}
