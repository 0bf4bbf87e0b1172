using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Agreements;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Programmes;

/// <summary>
/// Arranges the records that programmes and pilot projects point at. Records of other features go
/// straight into the database, so these tests do not depend on those features' APIs.
/// </summary>
public static class Records
{
    public static async Task<int> ProgrammeAsync(HttpClient http, string? name = null)
    {
        var response = await http.PostJsonAsync("/api/v1/programmes", new { name = name ?? Json.Unique("Programme") });
        await Expect.StatusAsync(System.Net.HttpStatusCode.Created, response);
        return (int)(await response.ReadJsonAsync())["id"]!;
    }

    public static async Task<int> PlaceAsync(HttpClient http, string country = "CN", string? name = null)
    {
        var response = await http.PostJsonAsync("/api/v1/places", new { name = name ?? Json.Unique("Pilotville"), countryCode = country });
        await Expect.StatusAsync(System.Net.HttpStatusCode.Created, response);
        return (int)(await response.ReadJsonAsync())["id"]!;
    }

    public static Task<int> ClusterAsync(TestApp app, int programmeId, string name) =>
        AddAsync(app, new Cluster { Name = name, ProgrammeId = programmeId });

    public static Task<int> PartnershipAsync(TestApp app, int programmeId, string name, int? clusterId = null, int? agreementId = null) =>
        AddAsync(app, new Partnership { Name = name, ProgrammeId = programmeId, ClusterId = clusterId, AgreementId = agreementId });

    public static Task<int> OrganisationAsync(TestApp app, string name) => AddAsync(app, new Organisation { Name = name });

    public static Task<int> AgreementAsync(TestApp app, string title, int quantity, int? activityId = null) =>
        AddAsync(app, new Agreement { Title = title, Quantity = quantity, ActivityId = activityId });

    public static Task<int> ActivityAsync(TestApp app, int programmeId, string title, DateTime startsAtUtc, int? participants = null) =>
        AddAsync(app, new Activity
        {
            Title = title, ProgrammeId = programmeId, TimeZone = "Asia/Shanghai", AllDay = true, ParticipantCount = participants,
            StartsAt = DateTime.SpecifyKind(startsAtUtc, DateTimeKind.Utc), EndsAt = DateTime.SpecifyKind(startsAtUtc.AddDays(1), DateTimeKind.Utc),
        });

    private static async Task<int> AddAsync<T>(TestApp app, T record) where T : UrbanCoop.Infrastructure.Database.Record
    {
        await using var scope = app.OpenDb();
        scope.Db.Add(record);
        await scope.Db.SaveChangesAsync();
        return record.Id;
    }
}
