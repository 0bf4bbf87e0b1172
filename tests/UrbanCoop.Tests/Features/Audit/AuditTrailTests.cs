using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Features.Audit;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Audit;

[Collection(nameof(AppCollection))]
public sealed class AuditTrailTests(Apps apps)
{
    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Every_create_update_and_delete_records_who_when_and_the_fields_before_and_after(Db db)
    {
        var app = apps[db];
        var admin = app.Http();
        var name = Json.Unique("Audited");
        var id = (int)(await (await admin.PostJsonAsync("/api/v1/places", new { name, countryCode = "CN", population = 100 })).ReadJsonAsync())["id"]!;
        await admin.PutJsonAsync($"/api/v1/places/{id}", new { name = name + " renamed", countryCode = "CN", population = 200, version = 1 });

        var history = WebUtility.HtmlDecode(await admin.GetStringAsync($"/places/{id}"));
        Assert.Contains("Updated", history);
        Assert.Matches($"<td>Population</td><td class=\"theirs\">100</td><td class=\"yours\">200</td>", history);

        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/v1/places/{id}")).StatusCode);
        await using var scope = app.OpenDb();
        var entries = await scope.Db.AuditEntries.Where(e => e.RecordType == "Place" && e.RecordId == id).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.EndsWith("@test.invalid", e.User));
        Assert.Contains(name + " renamed", entries[2].Changes);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Rows_that_belong_to_a_record_are_audited_as_its_fields(Db db)
    {
        var app = apps[db];
        var admin = app.Http();
        var first = await Activities.Arrange.PlaceAsync(app);
        var second = await Activities.Arrange.PlaceAsync(app);
        var body = Activities.Arrange.Activity(await Activities.Arrange.ProgrammeAsync(app), Json.Unique("Moved meeting"));
        body["placeIds"] = new[] { first };
        var id = await Activities.Arrange.ActivityAsync(admin, body);
        body["placeIds"] = new[] { second };
        body["version"] = 1;
        await Expect.StatusAsync(HttpStatusCode.OK, await admin.PutJsonAsync($"/api/v1/activities/{id}", body));

        await using var scope = app.OpenDb();
        var entries = await scope.Db.AuditEntries.Where(e => e.RecordType == "Activity" && e.RecordId == id).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditAction.Created, AuditAction.Updated], entries.Select(e => e.Action));
        var created = System.Text.Json.Nodes.JsonNode.Parse(entries[0].Changes)!["Places"]!;
        Assert.Null(created[0]);
        Assert.Equal(first, (int)created[1]![0]!["PlaceId"]!);
        var moved = System.Text.Json.Nodes.JsonNode.Parse(entries[1].Changes)!["Places"]!;
        Assert.Equal(first, (int)moved[0]![0]!["PlaceId"]!);
        Assert.Equal(second, (int)moved[1]![0]!["PlaceId"]!);
        var history = WebUtility.HtmlDecode(await admin.GetStringAsync($"/activities/{id}"));
        Assert.Matches($"<td>Places</td><td class=\"theirs\">PlaceId {first},[^<]*</td><td class=\"yours\">PlaceId {second},", history);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task An_admin_restores_a_deleted_record_and_others_may_not(Db db)
    {
        var app = apps[db];
        var admin = app.Http();
        var name = Json.Unique("Phoenix");
        var id = (int)(await (await admin.PostJsonAsync("/api/v1/places", new { name, countryCode = "IT", timeZone = "Europe/Rome", aliases = new[] { "Fenice" } })).ReadJsonAsync())["id"]!;
        await admin.DeleteAsync($"/api/v1/places/{id}");

        var coordinator = await app.SignedInAsync(UserRole.Coordinator, [id]);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/audit/deleted")).StatusCode);

        var page = await admin.GetStringAsync("/audit/deleted");
        var entry = Regex.Match(page, $"{Regex.Escape(name)}</td>\\s*<td><form method=\"post\"><input type=\"hidden\" name=\"entry\" value=\"(\\d+)\"").Groups[1].Value;
        var restored = await admin.SubmitAsync("/audit/deleted", new Dictionary<string, string> { ["entry"] = entry });
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);

        var place = await (await admin.GetAsync($"/api/v1/places/{id}")).ReadJsonAsync();
        Assert.Equal(name, (string?)place["name"]);
        Assert.Equal("Europe/Rome", (string?)place["timeZone"]);
        Assert.Equal(["Fenice"], place["aliases"]!.AsArray().Select(a => (string?)a));
        var again = await admin.SubmitAsync("/audit/deleted", new Dictionary<string, string> { ["entry"] = entry });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_restored_record_gets_back_the_rows_deleted_with_it(Db db)
    {
        var app = apps[db];
        var admin = app.Http();
        var place = await Activities.Arrange.PlaceAsync(app);
        var title = Json.Unique("Restored mission");
        var body = Activities.Arrange.Activity(await Activities.Arrange.ProgrammeAsync(app), title);
        body["placeIds"] = new[] { place };
        var id = await Activities.Arrange.ActivityAsync(admin, body);
        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/v1/activities/{id}")).StatusCode);

        long entry;
        await using (var scope = app.OpenDb())
            entry = await scope.Db.AuditEntries.Where(e => e.RecordType == "Activity" && e.RecordId == id && e.Action == AuditAction.Deleted).Select(e => e.Id).SingleAsync();
        var restored = await admin.SubmitAsync("/audit/deleted", new Dictionary<string, string> { ["entry"] = entry.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);

        var activity = await (await admin.GetAsync($"/api/v1/activities/{id}")).ReadJsonAsync();
        Assert.Equal(title, (string?)activity["title"]);
        Assert.Equal([place], activity["places"]!.AsArray().Select(p => (int)p!["id"]!));
        Assert.Equal(1, (int)(await (await admin.GetAsync($"/api/v1/activities?place={place}")).ReadJsonAsync())["total"]!);
    }
}
