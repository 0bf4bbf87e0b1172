using System.Net;
using UrbanCoop.Features.Programmes;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Partnerships;

/// <summary>Arranges the records partnership tests need: programmes straight in the database, the rest through the API.</summary>
internal static class PartnershipData
{
    public static async Task<int> ProgrammeAsync(TestApp app)
    {
        await using var scope = app.OpenDb();
        var programme = new Programme { Name = Json.Unique("Programme"), Acronym = "TP" };
        scope.Db.Programmes.Add(programme);
        await scope.Db.SaveChangesAsync();
        return programme.Id;
    }

    public static Task<int> PlaceAsync(HttpClient http, string name, string country) =>
        CreateAsync(http, "/api/v1/places", new { name, countryCode = country, kind = "City" });

    public static object Partnership(string name, int programmeId, params (int PlaceId, string Side)[] members) => new
    {
        name, programmeId, status = "Active", since = "2019-06-01",
        members = members.Select(m => new { placeId = m.PlaceId, side = m.Side }).ToArray(),
    };

    /// <summary>A partnership of a new EU city and a new partner city; returns its id and the two place ids.</summary>
    public static async Task<(int Id, int EuPlace, int PartnerPlace)> PairingAsync(HttpClient http, int programmeId, string? name = null)
    {
        var eu = await PlaceAsync(http, Json.Unique("Eucity"), "ES");
        var partner = await PlaceAsync(http, Json.Unique("Partnercity"), "CN");
        var id = await CreateAsync(http, "/api/v1/partnerships", Partnership(name ?? Json.Unique("Pairing"), programmeId, (eu, "Eu"), (partner, "Partner")));
        return (id, eu, partner);
    }

    public static async Task<int> CreateAsync(HttpClient http, string url, object body)
    {
        var response = await http.PostJsonAsync(url, body);
        await Expect.StatusAsync(HttpStatusCode.Created, response);
        return (int)(await response.ReadJsonAsync())["id"]!;
    }
}
