using UrbanCoop.Features.Activities;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Matchmaking;

[Collection(nameof(AppCollection))]
public sealed class RecommendationTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Recommends_organisations_abroad_best_first_with_their_reasons(Db db)
    {
        var app = apps[db];
        var admin = app.Http();
        var tag = Guid.NewGuid().ToString("N")[..6];   // themes unique to this test, so other tests' profiles do not score
        string Theme(string name) => $"{name} {tag}";
        var liuzhou = await MatchmakingArrange.OrganisationInAsync(admin, "CN");
        var answersNeed = await MatchmakingArrange.OrganisationInAsync(admin, "ES", Json.Unique("Answers need"));
        var sharesTheme = await MatchmakingArrange.OrganisationInAsync(admin, "IT", Json.Unique("Shares theme"));
        var pastPartner = await MatchmakingArrange.OrganisationInAsync(admin, "DE", Json.Unique("Past partner"));
        var sameCountry = await MatchmakingArrange.OrganisationInAsync(admin, "CN", Json.Unique("Same country"));

        await MatchmakingArrange.ProfileAsync(admin, liuzhou, [Theme("industrial parks")], [Theme("urban regeneration"), Theme("energy")]);
        await MatchmakingArrange.ProfileAsync(admin, answersNeed, [Theme("urban regeneration")], [Theme("industrial parks")]);
        await MatchmakingArrange.ProfileAsync(admin, sharesTheme, [], [Theme("energy")]);
        await MatchmakingArrange.ProfileAsync(admin, pastPartner, ["unrelated"], ["nothing in common"]);
        await MatchmakingArrange.ProfileAsync(admin, sameCountry, [Theme("urban regeneration")], [Theme("industrial parks")]);
        await Organisations.Arrange.ActivityAsync(app, Json.Unique("Forum"), [liuzhou], [new Participant { OrganisationId = pastPartner }]);

        var list = (await (await admin.GetAsync($"/api/v1/organisations/{liuzhou}/recommendations?limit=100")).ReadJsonAsync()).AsArray();
        var ids = list.Select(r => (int)r!["organisationId"]!).ToList();
        Assert.DoesNotContain(sameCountry, ids);
        Assert.True(ids.IndexOf(answersNeed) >= 0 && ids.IndexOf(answersNeed) < ids.IndexOf(sharesTheme), string.Join(",", ids));
        Assert.Contains(pastPartner, ids);

        var best = list.First(r => (int)r!["organisationId"]! == answersNeed)!;
        var reasons = best["reasons"]!.AsArray().ToDictionary(r => (string)r!["kind"]!, r => r!["items"]!.AsArray().Select(i => (string?)i).ToList());
        Assert.Equal([Theme("urban regeneration")], reasons["OffersWhatYouSeek"]);
        Assert.Equal([Theme("industrial parks")], reasons["SeeksWhatYouOffer"]);
        var shared = list.First(r => (int)r!["organisationId"]! == sharesTheme)!["reasons"]!.AsArray();
        Assert.Equal("SharedTheme", (string?)shared[0]!["kind"]);
        var past = list.First(r => (int)r!["organisationId"]! == pastPartner)!["reasons"]!.AsArray();
        Assert.Contains(past, r => (string?)r!["kind"] == "PastCooperation" && (string?)r["items"]![0] == "1");

        var page = await (await app.Anonymous().GetAsync($"/organisations/{liuzhou}/matchmaking")).Content.ReadAsStringAsync();
        Assert.Contains($"Offers what you seek: {Theme("urban regeneration")}", page);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Target_countries_limit_the_recommendations(Db db)
    {
        var admin = apps[db].Http();
        var theme = Json.Unique("water");
        var self = await MatchmakingArrange.OrganisationInAsync(admin, "CN");
        var spain = await MatchmakingArrange.OrganisationInAsync(admin, "ES");
        var italy = await MatchmakingArrange.OrganisationInAsync(admin, "IT");
        await MatchmakingArrange.ProfileAsync(admin, self, [], [theme], countries: ["IT"]);
        await MatchmakingArrange.ProfileAsync(admin, spain, [theme], []);
        await MatchmakingArrange.ProfileAsync(admin, italy, [theme], []);

        var ids = (await (await admin.GetAsync($"/api/v1/organisations/{self}/recommendations?limit=100")).ReadJsonAsync()).AsArray()
            .Select(r => (int)r!["organisationId"]!).ToList();
        Assert.Contains(italy, ids);
        Assert.DoesNotContain(spain, ids);
    }
}
