using System.Net;
using UrbanCoop.Features.Documents;
using UrbanCoop.Tests.Features.Partnerships;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.ActionPlans;

[Collection(nameof(AppCollection))]
public sealed class ActionPlansApiTests(Apps apps)
{
    private static object Plan(int partnershipId, string title = "UCAP", string status = "Draft", string? endorsedOn = null, int? versionNumber = null) => new
    {
        partnershipId, title, status, endorsedOn, versionNumber, keyFocus = "Smart city", mainObjective = "Exchange on digital twins.",
        themes = new object[]
        {
            new { title = "Digital twins", themeId = "smart-city", description = "City data platforms", sdgs = new[] { 11, 9, 9 }, urbanAgenda = new[] { "digital-transition" } },
            new { title = "Clean buses", themeId = "mobility", sdgs = new[] { 13 }, urbanAgenda = new[] { "urban-mobility", "air-quality" } },
        },
    };

    private async Task<int> PartnershipAsync(Db db)
    {
        var programme = await PartnershipData.ProgrammeAsync(apps[db]);
        return (await PartnershipData.PairingAsync(apps[db].Http(), programme)).Id;
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creates_a_plan_and_reads_it_back_with_its_themes_named(Db db)
    {
        var http = apps[db].Http();
        var partnership = await PartnershipAsync(db);
        var created = await http.PostJsonAsync("/api/v1/action-plans", Plan(partnership, "UCAP at a glance"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadJsonAsync();
        var id = (int)body["id"]!;
        Assert.Equal(1, (int?)body["versionNumber"]);
        Assert.Equal($"/api/v1/action-plans/{id}", created.Headers.Location?.OriginalString);

        var plan = await (await http.GetAsync($"/api/v1/action-plans/{id}")).ReadJsonAsync();
        Assert.Equal("UCAP at a glance", (string?)plan["title"]);
        Assert.Equal(partnership, (int?)plan["partnership"]!["id"]);
        Assert.Equal("Exchange on digital twins.", (string?)plan["mainObjective"]);
        var theme = plan["themes"]![0]!;
        Assert.Equal("Smart city", (string?)theme["themeName"]);
        Assert.Equal([9, 11], theme["sdgs"]!.AsArray().Select(s => (int)s!["number"]!));
        Assert.Equal("Industry, innovation and infrastructure", (string?)theme["sdgs"]![0]!["name"]);
        Assert.Equal("Digital transition", (string?)theme["urbanAgenda"]![0]!["name"]);
        Assert.Equal(2, plan["themes"]!.AsArray().Count);

        var second = await http.PostJsonAsync("/api/v1/action-plans", Plan(partnership, "UCAP revised"));
        Assert.Equal(2, (int?)(await second.ReadJsonAsync())["versionNumber"]);
        var profile = await (await http.GetAsync($"/api/v1/partnerships/{partnership}")).ReadJsonAsync();
        Assert.Equal("UCAP revised", (string?)profile["actionPlan"]!["title"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Rejects_invalid_input_with_a_message_per_field(Db db)
    {
        var http = apps[db].Http();
        var response = await http.PostJsonAsync("/api/v1/action-plans", new
        {
            partnershipId = 987654321, title = "", status = "Draft", endorsedOn = "2020-01-01",
            themes = new object[]
            {
                new { title = "Ok", themeId = "time-travel", sdgs = new[] { 11, 18 }, urbanAgenda = new[] { "urban-mobility", "moon-base" } },
                new { title = "", sdgs = Array.Empty<int>() },
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key);
        Assert.Equal(
            ["EndorsedOn", "PartnershipId", "Themes[0].Sdgs", "Themes[0].ThemeId", "Themes[0].UrbanAgenda", "Themes[1].Title", "Title"],
            errors.Order(StringComparer.Ordinal));

        var partnership = await PartnershipAsync(db);
        await PartnershipData.CreateAsync(http, "/api/v1/action-plans", Plan(partnership));
        var duplicate = await http.PostJsonAsync("/api/v1/action-plans", Plan(partnership, versionNumber: 1));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.NotNull((await duplicate.ReadJsonAsync())["errors"]!["VersionNumber"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_new_version_copies_the_latest_one_as_a_draft(Db db)
    {
        var http = apps[db].Http();
        var partnership = await PartnershipAsync(db);
        var first = await PartnershipData.CreateAsync(http, "/api/v1/action-plans", Plan(partnership, "UCAP", "Endorsed", "2019-11-20"));

        var v2 = await http.PostAsync($"/api/v1/action-plans/{first}/new-version", null);
        Assert.Equal(HttpStatusCode.Created, v2.StatusCode);
        var v2Id = (int)(await v2.ReadJsonAsync())["id"]!;
        var copy = await (await http.GetAsync($"/api/v1/action-plans/{v2Id}")).ReadJsonAsync();
        Assert.Equal(2, (int?)copy["versionNumber"]);
        Assert.Equal("Draft", (string?)copy["status"]);
        Assert.Null(copy["endorsedOn"]);
        Assert.Equal(["Digital twins", "Clean buses"], copy["themes"]!.AsArray().Select(t => (string?)t!["title"]));
        Assert.Equal([2, 1], copy["versions"]!.AsArray().Select(v => (int)v!["versionNumber"]!));

        var edited = await http.PutJsonAsync($"/api/v1/action-plans/{v2Id}", new { partnershipId = partnership, title = "UCAP second edition", version = 1 });
        await Expect.StatusAsync(HttpStatusCode.OK, edited);
        var v3 = await http.PostAsync($"/api/v1/action-plans/{first}/new-version", null);
        var v3Plan = await (await http.GetAsync(v3.Headers.Location)).ReadJsonAsync();
        Assert.Equal(3, (int?)v3Plan["versionNumber"]);
        Assert.Equal("UCAP second edition", (string?)v3Plan["title"]);
        var original = await (await http.GetAsync($"/api/v1/action-plans/{first}")).ReadJsonAsync();
        Assert.Equal("Endorsed", (string?)original["status"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Answers_unknown_ids_with_problem_json_404(Db db)
    {
        var http = apps[db].Http();
        var partnership = await PartnershipAsync(db);
        foreach (var response in new[]
                 {
                     await http.GetAsync("/api/v1/action-plans/987654321"),
                     await http.PutJsonAsync("/api/v1/action-plans/987654321", Plan(partnership)),
                     await http.PostAsync("/api/v1/action-plans/987654321/new-version", null),
                     await http.DeleteAsync("/api/v1/action-plans/987654321"),
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_second_save_from_a_stale_version_gets_409_and_loses_no_update(Db db)
    {
        var http = apps[db].Http();
        var partnership = await PartnershipAsync(db);
        var id = await PartnershipData.CreateAsync(http, "/api/v1/action-plans", Plan(partnership));
        var first = await http.PutJsonAsync($"/api/v1/action-plans/{id}", new
        {
            partnershipId = partnership, title = "First editor", version = 1, themes = new[] { new { title = "Only theme", sdgs = new[] { 6 } } },
        });
        await Expect.StatusAsync(HttpStatusCode.OK, first);
        Assert.Equal(2, (int?)(await first.ReadJsonAsync())["version"]);

        var second = await http.PutJsonAsync($"/api/v1/action-plans/{id}", new { partnershipId = partnership, title = "Second editor", version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var current = (await second.ReadJsonAsync())["current"]!;
        Assert.Equal("First editor", (string?)current["title"]);
        Assert.Equal(["Only theme"], current["themes"]!.AsArray().Select(t => (string?)t!["title"]));

        var stored = await (await http.GetAsync($"/api/v1/action-plans/{id}")).ReadJsonAsync();
        Assert.Equal("First editor", (string?)stored["title"]);
        Assert.Equal(1, (int?)stored["versionNumber"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Refuses_to_delete_a_plan_that_documents_cite_and_lists_them(Db db)
    {
        var http = apps[db].Http();
        var partnership = await PartnershipAsync(db);
        var id = await PartnershipData.CreateAsync(http, "/api/v1/action-plans", Plan(partnership));
        var title = Json.Unique("UCAP pdf");
        int documentId;
        await using (var scope = apps[db].OpenDb())
        {
            var document = new Document { Title = title, Kind = DocumentKind.ActionPlan };
            scope.Db.Documents.Add(document);
            await scope.Db.SaveChangesAsync();
            scope.Db.DocumentLinks.Add(new DocumentLink { DocumentId = document.Id, RecordKind = RecordKind.ActionPlan, RecordId = id });
            await scope.Db.SaveChangesAsync();
            documentId = document.Id;
        }

        var refused = await http.DeleteAsync($"/api/v1/action-plans/{id}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal([$"Document: {title}"], (await refused.ReadJsonAsync())["usedBy"]!.AsArray().Select(u => (string?)u));

        await using (var scope = apps[db].OpenDb())
        {
            scope.Db.DocumentLinks.RemoveRange(scope.Db.DocumentLinks.Where(l => l.DocumentId == documentId));
            await scope.Db.SaveChangesAsync();
        }
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/action-plans/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/action-plans/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.DeleteAsync($"/api/v1/partnerships/{partnership}")).StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Lists_with_paging_sorting_and_filters(Db db)
    {
        var http = apps[db].Http();
        var partnership = await PartnershipAsync(db);
        var other = await PartnershipAsync(db);
        var tag = Json.Unique("Plantitle");
        var v1 = await PartnershipData.CreateAsync(http, "/api/v1/action-plans", Plan(partnership, $"{tag} one", "Endorsed", "2019-11-20"));
        await PartnershipData.CreateAsync(http, "/api/v1/action-plans", Plan(partnership, $"{tag} two"));
        await PartnershipData.CreateAsync(http, "/api/v1/action-plans", new
        {
            partnershipId = other, title = $"{tag} three", themes = new[] { new { title = "Water", themeId = "water", sdgs = new[] { 6 } } },
        });

        var q = Uri.EscapeDataString(tag);
        async Task<List<string?>> TitlesAsync(string filter) =>
            (await (await http.GetAsync($"/api/v1/action-plans?q={q}&{filter}")).ReadJsonAsync())["items"]!.AsArray().Select(i => (string?)i!["title"]).ToList();

        var page1 = await (await http.GetAsync($"/api/v1/action-plans?q={q}&sort=title&pageSize=2")).ReadJsonAsync();
        Assert.Equal(3, (int?)page1["total"]);
        Assert.Equal([$"{tag} one", $"{tag} three"], page1["items"]!.AsArray().Select(i => (string?)i!["title"]));
        Assert.Equal([$"{tag} two"], await TitlesAsync("sort=title&pageSize=2&page=2"));
        Assert.Equal([$"{tag} two", $"{tag} one"], await TitlesAsync($"partnership={partnership}&sort=-version"));
        Assert.Equal([$"{tag} one"], await TitlesAsync("status=Endorsed"));
        Assert.Equal([$"{tag} three"], await TitlesAsync("sdg=6"));
        Assert.Equal([$"{tag} one", $"{tag} two"], await TitlesAsync("theme=mobility&sort=version"));
        Assert.Equal([$"{tag} two", $"{tag} three"], await TitlesAsync("latest=true&sort=-title"));
        Assert.DoesNotContain($"{tag} one", await TitlesAsync("latest=true"));
        Assert.Equal(v1, (int?)page1["items"]![0]!["id"]);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/action-plans?sort=weight")).StatusCode);
    }
}
