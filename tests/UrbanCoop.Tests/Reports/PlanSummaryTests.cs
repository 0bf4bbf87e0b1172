using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Reports;

[Collection(nameof(AppCollection))]
public sealed class PlanSummaryTests(Apps apps)
{
    private static readonly string[] Sections = ["keyFocus", "keyChallenges", "mainObjective", "activitiesAndOutputs", "expectedResults", "contacts"];

    /// <summary>What the Liuzhou plan's summary must show: its sections, its themes, the cities in both languages, figures.</summary>
    private static async Task<List<string>> FilledFieldsAsync(HttpClient http)
    {
        var plan = await (await http.GetAsync("/api/v1/action-plans/1")).ReadJsonAsync();
        var fields = Sections.Select(s => (string)plan[s]!).ToList();
        fields.AddRange(plan["themes"]!.AsArray().Select(t => (string)t!["title"]!));
        fields.AddRange(["Liuzhou (柳州)", "Guangxi, China", "4,000,000 (2019)", "18,600 km² (2019)", "Mannheim", "Germany", "SDG 7", "June 2019"]);
        return fields;
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_page_and_the_DOCX_table_hold_every_field(Db db)
    {
        var http = apps[db].Anonymous();
        var fields = await FilledFieldsAsync(http);
        var page = WebUtility.HtmlDecode(await http.GetStringAsync("/action-plans/1/summary"));
        Assert.All(fields, f => Assert.Contains(Squeeze(f), Squeeze(page.Replace("<br />", ""))));

        var response = await http.GetAsync("/action-plans/1/summary.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var table = Assert.Single(document.MainDocumentPart!.Document.Body!.Elements<Table>());
        var cells = string.Concat(table.Descendants<TableCell>().Select(c => string.Concat(c.Descendants<Text>().Select(t => t.Text))));
        Assert.All(fields, f => Assert.Contains(Squeeze(f), Squeeze(cells)));
        Assert.Equal(14, table.Elements<TableRow>().Count());
    }

    [Fact]
    public async Task The_PDF_read_back_with_pdftotext_holds_every_field_Chinese_included()
    {
        var http = apps[Db.Sqlite].Anonymous();
        var fields = await FilledFieldsAsync(http);
        var response = await http.GetAsync("/action-plans/1/summary.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = await PdfTextAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.All(fields, f => Assert.Contains(Squeeze(f), Squeeze(text)));
        Assert.DoesNotContain("Sign in", text);
    }

    [Fact]
    public async Task A_Chinese_reader_gets_a_Chinese_PDF()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/action-plans/1/summary.pdf");
        request.Headers.Add("Accept-Language", "zh-CN");
        var response = await apps[Db.Sqlite].Anonymous().SendAsync(request);
        var text = Squeeze(await PdfTextAsync(await response.Content.ReadAsByteArrayAsync()));
        Assert.Contains("城市", text);
        Assert.Contains("柳州(Liuzhou)", text);
        Assert.Contains("预期成果", text);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_plan_with_empty_sections_prints_them_empty(Db db)
    {
        var admin = apps[db].Http();
        var created = await admin.PostJsonAsync("/api/v1/action-plans", new { partnershipId = 1, title = Json.Unique("Empty plan") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)(await created.ReadJsonAsync())["id"]!;
        var page = await admin.GetStringAsync($"/action-plans/{id}/summary");
        Assert.True(System.Text.RegularExpressions.Regex.Count(page, "class=\"blank\"") >= 6);
        using var document = WordprocessingDocument.Open(new MemoryStream(await admin.GetByteArrayAsync($"/action-plans/{id}/summary.docx")), false);
        Assert.Equal(14, document.MainDocumentPart!.Document.Body!.Descendants<TableRow>().Count());
    }

    [Theory]
    [InlineData("/action-plans/999999/summary")]
    [InlineData("/action-plans/999999/summary.docx")]
    [InlineData("/action-plans/999999/summary.pdf")]
    public async Task An_unknown_plan_is_404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await apps[Db.Sqlite].Anonymous().GetAsync(url)).StatusCode);

    /// <summary>The PDF's text in the order it was written (-raw), so a wrapped label never lands inside the next cell's text.</summary>
    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
