using System.Net;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Matchmaking;

/// <summary>Organisations in given countries, profiles and brokerage events, made through the API.</summary>
internal static class MatchmakingArrange
{
    public static async Task<int> OrganisationInAsync(HttpClient admin, string country, string? name = null)
    {
        var place = await Post(admin, "/api/v1/places", new { name = Json.Unique("City"), countryCode = country });
        return await Post(admin, "/api/v1/organisations", new { name = name ?? Json.Unique("Organisation"), kind = "PublicAuthority", placeId = place });
    }

    public static async Task ProfileAsync(HttpClient http, int organisation, string[] offers, string[] seeks, string? offerText = null,
        string? seekText = null, string[]? sectors = null, string[]? countries = null)
    {
        var response = await http.PutJsonAsync($"/api/v1/organisations/{organisation}/matchmaking-profile", new
        {
            offers, seeks, offerText, seekText, sectors = sectors ?? [], targetCountries = countries ?? [], version = 0,
        });
        await Expect.StatusAsync(HttpStatusCode.OK, response);
    }

    /// <summary>An event of <paramref name="slots"/> 20-minute slots from 2026-03-10 07:00 UTC.</summary>
    public static Task<int> EventAsync(HttpClient admin, int slots = 3, int tables = 1, string zone = "Asia/Shanghai") =>
        Post(admin, "/api/v1/brokerage-events", new
        {
            name = Json.Unique("Round table"), timeZone = zone,
            tables = Enumerable.Range(1, tables).Select(t => $"T{t}").ToArray(),
            slots = Enumerable.Range(0, slots).Select(i => new
            {
                startsAt = new DateTime(2026, 3, 10, 7, 0, 0, DateTimeKind.Utc).AddMinutes(20 * i),
                endsAt = new DateTime(2026, 3, 10, 7, 20, 0, DateTimeKind.Utc).AddMinutes(20 * i),
            }).ToArray(),
        });

    public static async Task<int> AcceptedMeetingAsync(HttpClient admin, int eventId, int from, int to, int priority = 2)
    {
        var request = await RequestAsync(admin, eventId, from, to, priority);
        await Expect.StatusAsync(HttpStatusCode.OK, await admin.PostAsync($"/api/v1/organisations/{to}/meeting-requests/{request}/accept", null));
        return request;
    }

    public static async Task<int> RequestAsync(HttpClient http, int eventId, int from, int to, int priority = 2)
    {
        var response = await http.PostJsonAsync($"/api/v1/organisations/{from}/meeting-requests", new { eventId, withOrganisationId = to, priority });
        await Expect.StatusAsync(HttpStatusCode.Created, response);
        return (int)(await response.ReadJsonAsync())["requestId"]!;
    }

    private static async Task<int> Post(HttpClient http, string url, object body)
    {
        var response = await http.PostJsonAsync(url, body);
        await Expect.StatusAsync(HttpStatusCode.Created, response);
        return (int)(await response.ReadJsonAsync())["id"]!;
    }
}
