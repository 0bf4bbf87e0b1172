using System.Net;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Matchmaking;

[Collection(nameof(AppCollection))]
public sealed class CallPairingTests(Apps apps)
{
    private static async Task<int> CityAsync(HttpClient admin, string country, long population) =>
        (int)(await (await admin.PostJsonAsync("/api/v1/places", new { name = Json.Unique("City"), kind = "City", countryCode = country, population })).ReadJsonAsync())["id"]!;

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_call_pairs_eligible_cities_optimally_and_confirms_the_pairings_as_partnerships(Db db)
    {
        var app = apps[db];
        var admin = app.Http();
        var programme = (int)(await (await admin.PostJsonAsync("/api/v1/programmes", new { name = Json.Unique("Programme") })).ReadJsonAsync())["id"]!;
        var call = (int)(await (await admin.PostJsonAsync("/api/v1/calls", new { title = Json.Unique("Call"), programmeId = programme, maxPartners = 1, minPopulation = 100_000 })).ReadJsonAsync())["id"]!;
        var madrid = await CityAsync(admin, "ES", 3_000_000);
        var lyon = await CityAsync(admin, "FR", 500_000);
        var village = await CityAsync(admin, "IT", 8_000);
        var wuhan = await CityAsync(admin, "CN", 11_000_000);
        var kunming = await CityAsync(admin, "CN", 8_000_000);

        var coordinator = await app.SignedInAsync(UserRole.Coordinator, [madrid]);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostJsonAsync("/api/v1/calls", new { title = "Own call", programmeId = programme })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostJsonAsync($"/api/v1/places/{lyon}/call-applications", new { callId = call, themes = new[] { "x" } })).StatusCode);
        await Apply(coordinator, madrid, ["metro", "housing"], ["floods"]);
        await Apply(admin, lyon, ["floods"], ["metro"]);
        await Apply(admin, village, ["metro"], []);
        await Apply(admin, wuhan, ["metro", "housing"], []);     // Madrid 20, Lyon 6
        await Apply(admin, kunming, ["floods", "metro"], []);    // Madrid 10+6, Lyon 10+6
        var missing = await admin.PostJsonAsync($"/api/v1/places/{lyon}/call-applications", new { callId = call, themes = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);

        var proposal = await (await admin.GetAsync($"/api/v1/calls/{call}/pairings")).ReadJsonAsync();
        Assert.True((bool)proposal["optimal"]!);
        var pairs = proposal["pairs"]!.AsArray().Select(p => ((int)p!["eu"]!["placeId"]!, (int)p["partner"]!["placeId"]!)).ToHashSet();
        // Madrid–Wuhan 20 + Lyon–Kunming 16 = 36 beats Madrid–Kunming 16 + Lyon–Wuhan 6 = 22
        Assert.Equal([(madrid, wuhan), (lyon, kunming)], pairs);
        Assert.Equal(36, (long)proposal["totalScore"]!);
        Assert.Contains("below 100,000", (string?)proposal["ineligible"]!.AsArray().Single()!["reason"]);

        var page = await (await app.Anonymous().GetAsync($"/calls/{call}")).Content.ReadAsStringAsync();
        Assert.Contains("Shared themes: metro, housing", page);
        Assert.Contains("(proved optimal)", page);

        var confirmed = await admin.PostAsync($"/api/v1/calls/{call}/confirm", null);
        await Expect.StatusAsync(HttpStatusCode.OK, confirmed);
        var ids = (await confirmed.ReadJsonAsync())["partnershipIds"]!.AsArray().Select(i => (int)i!).ToList();
        Assert.Equal(2, ids.Count);
        var partnership = await (await admin.GetAsync($"/api/v1/partnerships/{ids[0]}")).ReadJsonAsync();
        Assert.Equal(programme, (int?)partnership["programme"]?["id"] ?? (int?)partnership["programmeId"]);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/v1/calls/{call}/confirm", null)).StatusCode);
        Assert.Contains("pairings confirmed", await (await app.Anonymous().GetAsync("/calls")).Content.ReadAsStringAsync());

        async Task Apply(HttpClient http, int place, string[] themes, string[] challenges) =>
            await Expect.StatusAsync(HttpStatusCode.OK, await http.PostJsonAsync($"/api/v1/places/{place}/call-applications", new { callId = call, themes, challenges }));
    }
}
