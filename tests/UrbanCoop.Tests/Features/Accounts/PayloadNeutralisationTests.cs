using System.Net;
using UrbanCoop.Tests.Features.Activities;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Accounts;

/// <summary>Markup and script typed into any text field come back as text on every page that shows it, never as markup.</summary>
[Collection(nameof(AppCollection))]
public sealed class PayloadNeutralisationTests(Apps apps)
{
    private const string Script = "<script>alert('x')</script>";
    private const string Attribute = "\"><img src=x onerror=alert(1)>";
    private static string Payload(string field) => $"{field} {Script}{Attribute}";

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Script_in_text_fields_is_shown_as_text_on_every_page(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var programme = await Arrange.ProgrammeAsync(app);
        var pages = new List<string>();
        async Task CreateAsync(string records, object body)
        {
            var created = await http.PostJsonAsync($"/api/v1/{records}", body);
            await Expect.StatusAsync(HttpStatusCode.Created, created);
            pages.Add($"/{records}/{(int)(await created.ReadJsonAsync())["id"]!}");
            pages.Add($"/{records}?q={Uri.EscapeDataString(Script)}");
        }

        await CreateAsync("places", new { name = Payload("place"), countryCode = "CN", aliases = new[] { Payload("alias") } });
        await CreateAsync("organisations", new { name = Payload("organisation"), kind = "Business", aliases = new[] { Payload("alias") } });
        await CreateAsync("people", new { givenName = Payload("given"), familyName = Payload("family"), honorific = "Dr" });
        await CreateAsync("agreements", new { title = Payload("agreement"), kind = "MoU", summary = Payload("summary") });
        await CreateAsync("programmes", new { name = Payload("programme"), description = Payload("description") });
        var activity = Arrange.Activity(programme, Payload("activity"));
        activity["summary"] = Payload("summary");
        activity["venue"] = Payload("venue");
        await CreateAsync("activities", activity);
        var place = await Arrange.PlaceAsync(app);
        var partnership = await Arrange.PartnershipAsync(app, programme);
        await CreateAsync("clusters", new { name = Payload("cluster"), programmeId = programme, description = Payload("description") });
        var euCity = await Arrange.PlaceAsync(app, "IT");
        await CreateAsync("partnerships", new
        {
            name = Payload("partnership"), programmeId = programme, summary = Payload("summary"),
            members = new[] { new { placeId = place, side = "Partner" }, new { placeId = euCity, side = "Eu" } },
        });
        await CreateAsync("action-plans", new
        {
            partnershipId = partnership, title = Payload("plan"), keyFocus = Payload("focus"), keyChallenges = Payload("challenges"),
            mainObjective = Payload("objective"), activitiesAndOutputs = Payload("outputs"), expectedResults = Payload("results"),
        });
        await CreateAsync("pilot-projects", new { title = Payload("pilot"), placeId = place, description = Payload("description") });
        await CreateAsync("documents", new { title = Payload("document"), kind = "Report", language = "en", text = Payload("text") });
        await CreateAsync("articles", new { title = Payload("article"), language = "en", published = true, body = Payload("body") });
        pages.Add("/");
        pages.Add($"/search?q={Uri.EscapeDataString("script alert")}");

        foreach (var page in pages)
        {
            var response = await http.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("onerror=alert(1)>", html);
        }
        Assert.Contains("&lt;script&gt;alert(", await http.GetStringAsync(pages[0]));
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Links_other_than_web_addresses_are_refused(Db db)
    {
        var app = apps[db];
        var body = Arrange.Activity(await Arrange.ProgrammeAsync(app), Json.Unique("Online"));
        body["online"] = true;
        body["onlineUrl"] = "javascript:alert(1)";
        var refused = await app.Http().PostJsonAsync("/api/v1/activities", body);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("onlineUrl", await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_body_the_API_cannot_read_gets_a_400_naming_the_field(Db db)
    {
        var http = apps[db].Http();
        var kind = await http.PostJsonAsync("/api/v1/organisations", new { name = Json.Unique("Firm"), kind = "Company" });
        Assert.Equal(HttpStatusCode.BadRequest, kind.StatusCode);
        Assert.Equal("application/problem+json", kind.Content.Headers.ContentType?.MediaType);
        Assert.Contains("'kind' must be one of: PublicAuthority, Business", (string?)(await kind.ReadJsonAsync())["detail"]);

        var number = await http.PostJsonAsync("/api/v1/places", new { name = Json.Unique("Town"), countryCode = "CN", population = "many" });
        Assert.Contains("'population' must be a whole number", (string?)(await number.ReadJsonAsync())["detail"]);

        var broken = await http.PostAsync("/api/v1/places", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("not valid JSON", (string?)(await broken.ReadJsonAsync())["detail"]);
    }
}
