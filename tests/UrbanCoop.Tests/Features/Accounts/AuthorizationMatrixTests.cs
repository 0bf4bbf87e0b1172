using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Features.Documents;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Accounts;

/// <summary>
/// Every endpoint the app maps, API and page, against every role. The policy of each endpoint is
/// written down here; an endpoint the app maps without a line here fails the test, and so does a
/// line for an endpoint that no longer exists.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    public enum Role { Anonymous, Member, OrganisationEditor, CoordinatorOfAnotherCity, Coordinator, Admin }

    /// <summary>
    /// Public: everyone reads. Change: the record's editors only. SignedIn, AdminOnly: as named.
    /// Redirect: goes back to a page. NotAPage: the error page, which answers 404 when opened directly.
    /// </summary>
    private enum Policy { Public, Change, SignedIn, AdminOnly, Redirect, NotAPage }

    private sealed record Rule(string Method, string Pattern, Policy Policy, RecordKind? Kind = null);

    private static readonly (string Segment, RecordKind Kind)[] Kinds =
    [
        ("programmes", RecordKind.Programme), ("places", RecordKind.Place), ("partnerships", RecordKind.Partnership),
        ("clusters", RecordKind.Cluster), ("action-plans", RecordKind.ActionPlan), ("pilot-projects", RecordKind.PilotProject),
        ("activities", RecordKind.Activity), ("organisations", RecordKind.Organisation), ("people", RecordKind.Person),
        ("agreements", RecordKind.Agreement), ("documents", RecordKind.Document), ("articles", RecordKind.Article),
    ];

    private static IEnumerable<Rule> Rules()
    {
        foreach (var (segment, kind) in Kinds)
        {
            yield return new("GET", $"/api/v1/{segment}/", Policy.Public, kind);
            yield return new("GET", $"/api/v1/{segment}/{{id:int}}", Policy.Public, kind);
            yield return new("POST", $"/api/v1/{segment}/", Policy.Change, kind);
            yield return new("PUT", $"/api/v1/{segment}/{{id:int}}", Policy.Change, kind);
            yield return new("DELETE", $"/api/v1/{segment}/{{id:int}}", Policy.Change, kind);
            yield return new("PAGE", segment, Policy.Public, kind);
            yield return new("PAGE", $"{segment}/{{id:int}}", Policy.Public, kind);
            yield return new("PAGE", $"{segment}/new", Policy.Change, kind);
            yield return new("PAGE", $"{segment}/{{id:int}}/edit", Policy.Change, kind);
            yield return new("PAGE", $"{segment}/{{id:int}}/delete", Policy.Change, kind);
        }
        yield return new("POST", "/api/v1/action-plans/{id:int}/new-version", Policy.Change, RecordKind.ActionPlan);
        yield return new("GET", "/api/v1/{records}/{id:int}/publication/", Policy.Public, RecordKind.Activity);
        yield return new("PUT", "/api/v1/{records}/{id:int}/publication/", Policy.Change, RecordKind.Activity);
        yield return new("PAGE", "{records}/{id:int}/publication", Policy.Redirect, RecordKind.Activity);
        yield return new("GET", "/documents/{id:int}/file", Policy.Public, RecordKind.Document);
        foreach (var rule in MatchmakingRules()) yield return rule;
        foreach (var rule in ReportRules()) yield return rule;
        yield return new("GET", "/api/v1/search/", Policy.Public);
        yield return new("GET", "/api/v1/search/suggest", Policy.Public);
        yield return new("PAGE", "search", Policy.Public);
        yield return new("PAGE", "", Policy.Public);
        yield return new("PAGE", "error", Policy.NotAPage);
        yield return new("PAGE", "account", Policy.SignedIn);
        yield return new("PAGE", "account/sign-in", Policy.Public);
        yield return new("PAGE", "account/reset-password", Policy.Public);
        yield return new("PAGE", "audit/deleted", Policy.AdminOnly);
        yield return new("GET", "/openapi/{documentName}.json", Policy.Public);
        yield return new("GET", "/api/{documentName?}", Policy.Public);
        foreach (var asset in new[] { "/api/favicon.svg", "/api/scalar.aspnetcore.js", "/api/scalar.js" })
            yield return new("GET", asset, Policy.Public);
    }

    private static IEnumerable<Rule> MatchmakingRules()
    {
        const string organisation = "/api/v1/organisations/{id:int}";
        yield return new("GET", $"{organisation}/matchmaking-profile", Policy.Public, RecordKind.Organisation);
        yield return new("PUT", $"{organisation}/matchmaking-profile", Policy.Change, RecordKind.Organisation);
        yield return new("GET", $"{organisation}/recommendations", Policy.Public, RecordKind.Organisation);
        yield return new("POST", $"{organisation}/brokerage-registrations", Policy.Change, RecordKind.Organisation);
        yield return new("GET", $"{organisation}/meeting-requests", Policy.Change, RecordKind.Organisation);
        yield return new("POST", $"{organisation}/meeting-requests", Policy.Change, RecordKind.Organisation);
        foreach (var answer in new[] { "accept", "decline", "cancel" })
            yield return new("POST", $"{organisation}/meeting-requests/{{request:int}}/{answer}", Policy.Change, RecordKind.Organisation);
        yield return new("GET", $"{organisation}/agenda/{{eventId:int}}", Policy.Public, RecordKind.Organisation);
        yield return new("GET", $"{organisation}/agenda/{{eventId:int}}/ical", Policy.Public, RecordKind.Organisation);
        yield return new("PAGE", "organisations/{id:int}/agenda/{eventId:int}", Policy.Public, RecordKind.Organisation);
        yield return new("PAGE", "organisations/{id:int}/matchmaking", Policy.Public, RecordKind.Organisation);
        yield return new("PAGE", "organisations/{id:int}/matchmaking/edit", Policy.Change, RecordKind.Organisation);
        yield return new("POST", "/api/v1/places/{id:int}/call-applications", Policy.Change, RecordKind.Place);
        yield return new("POST", "/api/v1/brokerage-events/", Policy.Change, RecordKind.BrokerageEvent);
        yield return new("GET", "/api/v1/brokerage-events/{id:int}", Policy.Public, RecordKind.BrokerageEvent);
        yield return new("POST", "/api/v1/brokerage-events/{id:int}/schedule", Policy.Change, RecordKind.BrokerageEvent);
        yield return new("POST", "/api/v1/brokerage-events/{id:int}/confirm", Policy.Change, RecordKind.BrokerageEvent);
        yield return new("PAGE", "brokerage-events", Policy.Public, RecordKind.BrokerageEvent);
        yield return new("PAGE", "brokerage-events/{id:int}", Policy.Public, RecordKind.BrokerageEvent);
        yield return new("POST", "/api/v1/calls/", Policy.Change, RecordKind.Call);
        yield return new("GET", "/api/v1/calls/{id:int}/pairings", Policy.Public, RecordKind.Call);
        yield return new("POST", "/api/v1/calls/{id:int}/confirm", Policy.Change, RecordKind.Call);
        yield return new("PAGE", "calls", Policy.Public, RecordKind.Call);
        yield return new("PAGE", "calls/{id:int}", Policy.Public, RecordKind.Call);
    }

    private static IEnumerable<Rule> ReportRules()
    {
        yield return new("GET", "/open-data/download", Policy.Public);
        yield return new("PAGE", "open-data", Policy.Public);
        yield return new("GET", "/api/v1/dashboard", Policy.Public);
        yield return new("PAGE", "dashboard", Policy.Public);
        yield return new("PAGE", "map", Policy.Public);
        yield return new("GET", "/language", Policy.Redirect);
        yield return new("GET", "/calendar.ics", Policy.Public);
        foreach (var (segment, kind) in new[] { ("programmes", RecordKind.Programme), ("places", RecordKind.Place), ("partnerships", RecordKind.Partnership),
                     ("organisations", RecordKind.Organisation), ("people", RecordKind.Person), ("activities", RecordKind.Activity) })
            yield return new("GET", $"/{segment}/{{id:int}}/calendar.ics", Policy.Public, kind);
        yield return new("PAGE", "action-plans/{id:int}/summary", Policy.Public, RecordKind.ActionPlan);
        yield return new("GET", "/action-plans/{id:int}/summary.docx", Policy.Public, RecordKind.ActionPlan);
        yield return new("GET", "/action-plans/{id:int}/summary.pdf", Policy.Public, RecordKind.ActionPlan);
        foreach (var (segment, kind) in new[] { ("partnerships", RecordKind.Partnership), ("activities", RecordKind.Activity),
                     ("pilot-projects", RecordKind.PilotProject), ("action-plans", RecordKind.ActionPlan) })
        {
            yield return new("GET", $"/api/v1/{segment}/{{id:int}}/texts/", Policy.Public, kind);
            yield return new("PUT", $"/api/v1/{segment}/{{id:int}}/texts/{{field}}", Policy.Change, kind);
        }
    }

    private static string KeyOf(RouteEndpoint endpoint) =>
        $"{(endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods ? string.Join(",", methods.HttpMethods) : "PAGE")} {endpoint.RoutePattern.RawText}";

    // Static files (the stylesheet, the fallback file route) are the same for everyone and carry no data.
    private static bool IsStaticAsset(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("HEAD") == true;

    [Fact]
    public async Task Every_endpoint_answers_every_role_as_its_policy_says()
    {
        await using var app = TestApp.Start(Db.Sqlite);
        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsStaticAsset(e)).Select(KeyOf).ToHashSet();
        var rules = Rules().ToList();
        var declared = rules.Select(r => $"{r.Method} {r.Pattern}").ToHashSet();
        Assert.True(mapped.SetEquals(declared),
            $"Endpoints without a policy here: {string.Join("; ", mapped.Except(declared))}. Policies for endpoints that do not exist: {string.Join("; ", declared.Except(mapped))}.");

        var scope = await ScopeAsync(app);
        var clients = await ClientsAsync(app, scope);
        var failures = new List<string>();
        // Deletions that succeed would take the records away from the roles after them; they run on their own apps below.
        foreach (var rule in rules.Where(r => r.Method != "DELETE"))
            foreach (var role in Enum.GetValues<Role>())
                await CheckAsync(clients[role], rule, role, scope, failures);
        foreach (var role in Enum.GetValues<Role>())
        {
            await using var own = MayChange(role, RecordKind.Place) ? TestApp.Start(Db.Sqlite) : null;
            var targetScope = own is null ? scope : await ScopeAsync(own);
            var client = own is null ? clients[role] : (await ClientsAsync(own, targetScope))[role];
            foreach (var rule in rules.Where(r => r.Method == "DELETE").Reverse())
                await CheckAsync(client, rule, role, targetScope, failures);
        }
        Assert.True(failures.Count == 0, $"{failures.Count} answers differ from the policy:\n{string.Join("\n", failures)}");
    }

    private static async Task CheckAsync(HttpClient client, Rule rule, Role role, Scope scope, List<string> failures)
    {
        var path = PathOf(rule, scope);
        using var request = new HttpRequestMessage(new HttpMethod(rule.Method == "PAGE" ? "GET" : rule.Method), path);
        if (rule.Method is "POST" or "PUT") request.Content = JsonContent.Create(new { });
        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var toSignIn = response.Headers.Location?.OriginalString.Contains("/account/sign-in") == true;
        var refused = status is 401 or 403 || toSignIn;
        var expectRefusal = rule.Policy switch
        {
            Policy.Public or Policy.Redirect or Policy.NotAPage => false,
            Policy.SignedIn => role == Role.Anonymous,
            Policy.AdminOnly => role != Role.Admin,
            _ => rule.Pattern.EndsWith("/new") || (rule.Method == "POST" && !rule.Pattern.Contains("{id"))
                ? !MayCreate(role, rule.Kind!.Value) : !MayChange(role, rule.Kind!.Value),
        };
        var expectedRefusal = rule.Method == "PAGE" ? (role == Role.Anonymous ? "a redirect to sign in" : "403") : role == Role.Anonymous ? "401" : "403";
        var ok = status < 500 && (expectRefusal
            ? (rule.Method == "PAGE" ? (role == Role.Anonymous ? toSignIn : status == 403) : status == (role == Role.Anonymous ? 401 : 403))
            : !refused && status == rule.Policy switch { Policy.Redirect => 302, Policy.NotAPage => 404, Policy.Change => status, _ => 200 });
        if (!ok)
            failures.Add($"{role}: {request.Method} {path} ({rule.Policy}) gave {status}{(toSignIn ? " to sign-in" : "")}, expected {(expectRefusal ? expectedRefusal : "access")}");
    }

    /// <summary>The rules of EditScope, stated for the records of <see cref="Scope"/>: all of them belong to the coordinator's city.</summary>
    private static bool MayChange(Role role, RecordKind kind) => role switch
    {
        Role.Admin => true,
        Role.Coordinator => kind is not (RecordKind.Programme or RecordKind.Cluster or RecordKind.Call),
        Role.OrganisationEditor => kind is RecordKind.Organisation or RecordKind.Person,
        _ => false,
    };

    /// <summary>Opening a new record; where it lands is checked when it is saved.</summary>
    private static bool MayCreate(Role role, RecordKind kind) => role switch
    {
        Role.Admin => true,
        Role.Coordinator or Role.CoordinatorOfAnotherCity => kind is not (RecordKind.Programme or RecordKind.Cluster or RecordKind.Call),
        Role.OrganisationEditor => kind is RecordKind.Person,
        _ => false,
    };

    private static string PathOf(Rule rule, Scope scope)
    {
        var id = rule.Pattern.Contains("/agenda/") ? scope.Registered : rule.Kind is RecordKind kind ? scope.Ids[kind] : 0;
        var path = rule.Pattern.Replace("{id:int}", id.ToString()).Replace("{records}", "activities")
            .Replace("{eventId:int}", scope.Ids[RecordKind.BrokerageEvent].ToString()).Replace("{request:int}", "999999").Replace("{field}", "summary")
            .Replace("{documentName}", "v1").Replace("{documentName?}", "");
        if (path == "/language") path += "?to=zh-Hans";
        return path.StartsWith('/') ? path : "/" + path;
    }

    /// <summary>One record of each kind in Liuzhou's scope (from the demo), and the organisation and person of an editor there.</summary>
    /// <summary><paramref name="Registered"/>: an organisation registered at the brokerage event, whose agenda is public.</summary>
    private sealed record Scope(int City, int OtherCity, int Organisation, IReadOnlyDictionary<RecordKind, int> Ids, int Registered);

    private static async Task<Scope> ScopeAsync(TestApp app)
    {
        await using var scope = app.OpenDb();
        var db = scope.Db;
        var city = await db.Places.Where(p => p.Name == "Liuzhou").Select(p => p.Id).SingleAsync();
        var partnership = await db.Partnerships.Where(p => p.Members.Any(m => m.PlaceId == city) && p.ClusterId != null).FirstAsync();
        var activities = await db.Activities.Where(a => a.Places.Any(p => p.PlaceId == city)).Select(a => a.Id).ToListAsync();
        var position = await db.Positions.Where(p => p.Organisation!.PlaceId == city).FirstAsync();
        var ids = new Dictionary<RecordKind, int>
        {
            [RecordKind.Programme] = partnership.ProgrammeId,
            [RecordKind.Place] = city,
            [RecordKind.Partnership] = partnership.Id,
            [RecordKind.Cluster] = partnership.ClusterId!.Value,
            [RecordKind.ActionPlan] = await db.ActionPlans.Where(a => a.PartnershipId == partnership.Id).Select(a => a.Id).FirstAsync(),
            [RecordKind.PilotProject] = await db.PilotProjects.Where(p => p.PlaceId == city).Select(p => p.Id).FirstAsync(),
            [RecordKind.Activity] = activities[0],
            [RecordKind.Organisation] = position.OrganisationId,
            [RecordKind.Person] = position.PersonId,
            [RecordKind.Agreement] = await db.Agreements.Where(a => a.Parties.Any(p => p.PlaceId == city || p.Organisation!.PlaceId == city)).Select(a => a.Id).FirstAsync(),
            [RecordKind.Document] = await db.DocumentLinks.Where(l => l.RecordKind == RecordKind.Activity && activities.Contains(l.RecordId))
                .Select(l => l.DocumentId).FirstAsync(),
        };
        var document = await db.Documents.SingleAsync(d => d.Id == ids[RecordKind.Document]);
        (document.FileName, document.ContentType, document.SizeBytes) = ("minutes.txt", "text/plain", 7);
        db.DocumentFiles.Add(new DocumentFile { DocumentId = document.Id, Content = "minutes"u8.ToArray() });
        var article = new UrbanCoop.Features.Knowledge.Articles.Article
        {
            Title = "Liuzhou's e-buses", Body = "A *news* item.", Links = [new() { RecordKind = RecordKind.Place, RecordId = city }],
        };
        db.Add(article);
        await db.SaveChangesAsync();
        ids[RecordKind.Article] = article.Id;
        var registered = await db.BrokerageParticipants.Where(b => db.BrokerageEvents.Any(e => e.Id == b.EventId && e.ActivityId != null && activities.Contains(e.ActivityId.Value)))
            .Select(b => new { b.EventId, b.OrganisationId }).FirstAsync();
        ids[RecordKind.BrokerageEvent] = registered.EventId;
        ids[RecordKind.Call] = await db.Calls.Select(c => c.Id).FirstAsync();
        var other = new UrbanCoop.Features.Places.Place { Name = "Elsewhere", CountryCode = "PT" };
        db.Add(other);
        await db.SaveChangesAsync();
        return new Scope(city, other.Id, position.OrganisationId, ids, registered.OrganisationId);
    }

    private static async Task<Dictionary<Role, HttpClient>> ClientsAsync(TestApp app, Scope scope) => new()
    {
        [Role.Anonymous] = app.Anonymous(),
        [Role.Member] = await app.SignedInAsync(UserRole.Member),
        [Role.OrganisationEditor] = await app.SignedInAsync(UserRole.OrganisationEditor, organisation: scope.Organisation),
        [Role.CoordinatorOfAnotherCity] = await app.SignedInAsync(UserRole.Coordinator, [scope.OtherCity]),
        [Role.Coordinator] = await app.SignedInAsync(UserRole.Coordinator, [scope.City]),
        [Role.Admin] = app.Http(),
    };
}
