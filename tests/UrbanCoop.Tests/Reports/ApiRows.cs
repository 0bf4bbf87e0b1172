using System.Text.Json.Nodes;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Reports;

/// <summary>Every row of an API list, read page by page as a client would, to compare exports with.</summary>
internal static class ApiRows
{
    public static async Task<List<JsonObject>> ReadAllAsync(HttpClient http, string kind, string filters = "")
    {
        var rows = new List<JsonObject>();
        for (var page = 1; ; page++)
        {
            var json = await (await http.GetAsync($"/api/v1/{kind}?pageSize=200&page={page}&{filters}")).ReadJsonAsync();
            var items = json["items"]!.AsArray();
            rows.AddRange(items.Select(i => i!.AsObject()));
            if (page >= (int)json["totalPages"]!) return rows;
        }
    }

    public static readonly System.Text.RegularExpressions.Regex Email = new(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}");

    /// <summary>Phone numbers as the demo writes them: a plus or a long run of digits with spaces or dashes.</summary>
    public static readonly System.Text.RegularExpressions.Regex Phone = new(@"\+\d[\d \-]{7,}\d");
}
