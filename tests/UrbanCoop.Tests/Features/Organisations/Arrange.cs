using System.Net;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Features.PilotProjects;
using UrbanCoop.Features.Programmes;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Organisations;

/// <summary>
/// Records the organisation, people and agreement tests build on. Places, organisations, people and agreements
/// go through the API; activities, pilot projects and partnerships are written straight to the database so these
/// tests do not depend on those features' APIs.
/// </summary>
internal static class Arrange
{
    public static async Task<int> IdAsync(this Task<HttpResponseMessage> request)
    {
        var response = await request;
        await Expect.StatusAsync(HttpStatusCode.Created, response);
        return (int)(await response.ReadJsonAsync())["id"]!;
    }

    public static Task<int> PlaceAsync(HttpClient http, string? name = null, string country = "CN") =>
        http.PostJsonAsync("/api/v1/places", new { name = name ?? Json.Unique("Place"), countryCode = country }).IdAsync();

    public static Task<int> OrganisationAsync(HttpClient http, string? name = null, string kind = "PublicAuthority", int? placeId = null, int? parentId = null) =>
        http.PostJsonAsync("/api/v1/organisations", new { name = name ?? Json.Unique("Organisation"), kind, placeId, parentId }).IdAsync();

    public static Task<int> PersonAsync(HttpClient http, string givenName, string familyName, params object[] positions) =>
        http.PostJsonAsync("/api/v1/people", new { givenName, familyName, positions }).IdAsync();

    public static async Task<int> ActivityAsync(TestApp app, string title, int[]? organisers = null, Participant[]? participants = null)
    {
        await using var scope = app.OpenDb();
        var activity = new Activity
        {
            Title = title, Kind = ActivityKind.Forum, Status = ActivityStatus.Held, TimeZone = "Asia/Shanghai", AllDay = true,
            Programme = new Programme { Name = Json.Unique("Programme") },
            StartsAt = new DateTime(2019, 6, 12, 0, 0, 0, DateTimeKind.Utc), EndsAt = new DateTime(2019, 6, 12, 0, 0, 0, DateTimeKind.Utc),
            Organisers = [.. (organisers ?? []).Select(id => new ActivityOrganiser { OrganisationId = id })],
            Participants = [.. participants ?? []],
        };
        scope.Db.Activities.Add(activity);
        await scope.Db.SaveChangesAsync();
        return activity.Id;
    }

    public static async Task<int> PilotProjectAsync(TestApp app, string title, int placeId, int partnerId)
    {
        await using var scope = app.OpenDb();
        var project = new PilotProject { Title = title, PlaceId = placeId, Partners = [new PilotProjectPartner { OrganisationId = partnerId }] };
        scope.Db.PilotProjects.Add(project);
        await scope.Db.SaveChangesAsync();
        return project.Id;
    }

    public static async Task<int> PartnershipAsync(TestApp app, string name, int agreementId)
    {
        await using var scope = app.OpenDb();
        var partnership = new Partnership { Name = name, AgreementId = agreementId, Programme = new Programme { Name = Json.Unique("Programme") } };
        scope.Db.Partnerships.Add(partnership);
        await scope.Db.SaveChangesAsync();
        return partnership.Id;
    }
}
