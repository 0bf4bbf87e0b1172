using UrbanCoop.Features.Agreements;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Features.People;
using UrbanCoop.Features.Places;
using UrbanCoop.Features.Programmes;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Activities;

/// <summary>
/// Records that activities and documents point at, written straight to the database: their own features
/// may not have an API yet. Every record gets a unique name.
/// </summary>
public static class Arrange
{
    public static Task<int> ProgrammeAsync(TestApp app) =>
        AddAsync(app, new Programme { Name = Json.Unique("Programme") });

    public static Task<int> PlaceAsync(TestApp app, string country = "CN", string? name = null) =>
        AddAsync(app, new Place { Name = name ?? Json.Unique("Place"), CountryCode = country });

    public static Task<int> OrganisationAsync(TestApp app, string? name = null) =>
        AddAsync(app, new Organisation { Name = name ?? Json.Unique("Organisation"), Kind = OrganisationKind.PublicAuthority });

    public static Task<int> PersonAsync(TestApp app, string given, string family, bool familyNameFirst = false) =>
        AddAsync(app, new Person { GivenName = given, FamilyName = family, FamilyNameFirst = familyNameFirst });

    public static Task<int> PartnershipAsync(TestApp app, int programmeId, string? name = null) =>
        AddAsync(app, new Partnership { Name = name ?? Json.Unique("Partnership"), ProgrammeId = programmeId });

    public static Task<int> AgreementAsync(TestApp app, int activityId, string title) =>
        AddAsync(app, new Agreement { Title = title, Kind = AgreementKind.MoU, ActivityId = activityId, SignedOn = new DateOnly(2019, 6, 12) });

    private static async Task<int> AddAsync<T>(TestApp app, T record) where T : UrbanCoop.Infrastructure.Database.Record
    {
        await using var scope = app.OpenDb();
        scope.Db.Add(record);
        await scope.Db.SaveChangesAsync();
        return record.Id;
    }

    /// <summary>A valid activity body: a two-and-a-half-hour meeting in Liuzhou's time zone; callers change what they test.</summary>
    public static Dictionary<string, object?> Activity(int programmeId, string title) => new()
    {
        ["title"] = title, ["kind"] = "Meeting", ["status"] = "Held", ["programmeId"] = programmeId,
        ["startsAt"] = "2019-06-12T09:30:00", ["endsAt"] = "2019-06-12T12:00:00", ["timeZone"] = "Asia/Shanghai",
    };

    public static async Task<int> ActivityAsync(HttpClient http, Dictionary<string, object?> body)
    {
        var response = await http.PostJsonAsync("/api/v1/activities", body);
        await Expect.StatusAsync(System.Net.HttpStatusCode.Created, response);
        return (int)(await response.ReadJsonAsync())["id"]!;
    }
}
