using System.Net;
using UrbanCoop.Infrastructure.Csv;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Reports;

[Collection(nameof(AppCollection))]
public sealed class CsvListTests(Apps apps)
{
    [Theory]
    [InlineData(Db.Sqlite, "activities", "country=IT")]
    [InlineData(Db.Postgres, "activities", "country=IT")]
    [InlineData(Db.Sqlite, "activities", "theme=smart-city&sort=title")]
    [InlineData(Db.Postgres, "places", "country=CN&sort=-population")]
    [InlineData(Db.Sqlite, "organisations", "kind=Business")]
    [InlineData(Db.Postgres, "people", "")]
    public async Task Format_csv_gives_the_rows_of_the_list_under_its_filters_and_sort(Db db, string kind, string filters)
    {
        var http = apps[db].Anonymous();
        var response = await http.GetAsync($"/api/v1/{kind}?format=csv&{filters}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = CsvRecords.Read(new StringReader(await response.Content.ReadAsStringAsync())).ToList();
        Assert.Equal("Id", rows[0][0]);
        var api = await ApiRows.ReadAllAsync(http, kind, filters);
        Assert.NotEmpty(api);
        Assert.Equal(api.Select(r => (int)r["id"]!), rows.Skip(1).Select(r => int.Parse(r[0])));
    }

    [Fact]
    public async Task The_people_CSV_has_no_contact_columns()
    {
        var csv = await apps[Db.Sqlite].Http().GetStringAsync("/api/v1/people?format=csv");
        var header = CsvRecords.Read(new StringReader(csv)).First();
        Assert.DoesNotContain(header, h => h.Contains("mail", StringComparison.OrdinalIgnoreCase) || h.Contains("phone", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotMatch(ApiRows.Email, csv);
    }

    [Theory]
    [InlineData("/api/v1/activities?format=xml", "Unknown format 'xml'")]
    [InlineData("/api/v1/activities?format=csv&theme=no-such-theme", "is not a theme id")]
    [InlineData("/api/v1/activities?format=csv&from=2020-01-01&to=2019-01-01", "before its start")]
    [InlineData("/api/v1/places/1?format=csv", "applies to lists")]
    public async Task Bad_formats_and_filters_get_400_with_the_reason(string url, string message)
    {
        var response = await apps[Db.Sqlite].Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }
}
