using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UrbanCoop.Infrastructure.Csv;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Reports;

[Collection(nameof(AppCollection))]
public sealed class OpenDataTests(Apps apps)
{
    private static readonly string[] Kinds =
        ["programmes", "places", "clusters", "partnerships", "action-plans", "pilot-projects", "activities", "organisations", "people", "agreements", "documents"];

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_ZIP_holds_a_CSV_and_a_JSON_per_kind_with_the_API_rows_a_README_and_no_contact_details(Db db)
    {
        var http = apps[db].Anonymous();
        var response = await http.GetAsync("/open-data/download");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var readme = Read(zip, "README.md");
        Assert.Contains("CC BY 4.0", readme);
        Assert.Contains("| CountryCode | text | ISO 3166-1 alpha-2 country code |", readme);
        foreach (var kind in Kinds)
        {
            var api = await ApiRows.ReadAllAsync(http, kind);
            var csv = CsvRecords.Read(new StringReader(Read(zip, kind + ".csv"))).ToList();
            var json = JsonNode.Parse(Read(zip, kind + ".json"))!.AsArray();
            Assert.Equal(api.Count, csv.Count - 1);
            Assert.Equal(api.Count, json.Count);
            Assert.Equal(api.Select(r => (int)r["id"]!).Order(), csv.Skip(1).Select(r => int.Parse(r[0])).Order());
            Assert.Equal(api.Select(r => (int)r["id"]!).Order(), json.Select(r => (int)r!["id"]!).Order());
        }
        var everything = string.Concat(zip.Entries.Select(e => Read(zip, e.FullName)));
        Assert.Contains("Liuzhou", everything);
        Assert.Contains("柳州", everything);
        Assert.DoesNotMatch(ApiRows.Email, everything);
        Assert.DoesNotMatch(ApiRows.Phone, everything);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_workbook_has_a_sheet_per_kind_whose_rows_are_the_API_rows(Db db)
    {
        var http = apps[db].Anonymous();
        var response = await http.GetAsync("/open-data/download?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(Kinds, sheets.Select(s => s.Name!.Value));
        var activities = (WorksheetPart)workbook.GetPartById(sheets.Single(s => s.Name == "activities").Id!);
        var rows = activities.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(Text).ToList()).ToList();
        Assert.Equal("Id", rows[0][0]);
        Assert.Equal("Title", rows[0][1]);
        var api = await ApiRows.ReadAllAsync(http, "activities");
        Assert.Equal(api.Select(r => ((int)r["id"]!, (string)r["title"]!)).Order(), rows.Skip(1).Select(r => (int.Parse(r[0]), r[1])).Order());
        Assert.NotNull(activities.Worksheet.Descendants<Pane>().SingleOrDefault(p => p.State! == PaneStateValues.Frozen));
    }

    [Fact]
    public async Task An_empty_programme_gives_valid_empty_files()
    {
        await using var app = TestApp.Start(Db.Sqlite, demo: false);
        var http = app.Anonymous();
        using var zip = new ZipArchive(new MemoryStream(await http.GetByteArrayAsync("/open-data/download")));
        Assert.Equal("Id,Name,Kind,CountryCode,Country,LocalName,ParentId,ParentName,Population,AreaKm2\r\n", Read(zip, "places.csv"));
        Assert.Equal("[]", Read(zip, "activities.json"));
        using var document = SpreadsheetDocument.Open(new MemoryStream(await http.GetByteArrayAsync("/open-data/download?format=xlsx")), false);
        Assert.Equal(Kinds.Length, document.WorkbookPart!.WorksheetParts.Count());
    }

    [Fact]
    public async Task An_unknown_format_is_refused_with_a_message_naming_it()
    {
        var response = await apps[Db.Sqlite].Anonymous().GetAsync("/open-data/download?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unknown format 'pdf'", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_open_data_page_links_the_downloads_and_counts_the_records()
    {
        var html = await apps[Db.Sqlite].Anonymous().GetStringAsync("/open-data");
        Assert.Contains("href=\"/open-data/download\"", html);
        Assert.Contains("href=\"/open-data/download?format=xlsx\"", html);
        Assert.Contains("/api/v1/activities?format=csv", html);
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
}
