using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Tests.Features.Activities;
using UrbanCoop.Tests.Infrastructure;

namespace UrbanCoop.Tests.Features.Documents;

[Collection(nameof(AppCollection))]
public sealed class DocumentsPagesTests(Apps apps)
{
    private const int MegaByte = 1024 * 1024;

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Uploads_a_file_with_the_new_form_and_downloads_it_back(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var activity = await Arrange.ActivityAsync(http, Arrange.Activity(await Arrange.ProgrammeAsync(app), Json.Unique("Forum")));
        var title = Json.Unique("Forum agenda");
        var bytes = new byte[3 * MegaByte + 7];
        Random.Shared.NextBytes(bytes);

        var created = await UploadAsync(http, $"/documents/new?kind=Activity&id={activity}", title, bytes, "application/pdf", @"C:\Users\me\Forum agenda.pdf", $"Activity {activity}");
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var page = WebUtility.HtmlDecode(await http.GetStringAsync(created.Headers.Location));
        Assert.Contains(title, page);
        Assert.Contains("Forum agenda.pdf", page);
        Assert.Contains("3 MB, application/pdf", page);
        Assert.Contains($"<a href=\"/activities/{activity}\">", page);

        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var download = await http.GetAsync($"/documents/{id}/file");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Forum agenda.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        var stored = await (await http.GetAsync($"/api/v1/documents/{id}")).ReadJsonAsync();
        Assert.Equal(bytes.Length, (long?)stored["file"]!["sizeBytes"]);

        Assert.Equal(HttpStatusCode.Redirect, (await http.SubmitAsync($"/documents/{id}/delete", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/documents/{id}/file")).StatusCode);
        await using var scope = app.OpenDb();
        Assert.False(await scope.Db.DocumentFiles.AnyAsync(f => f.DocumentId == id));
        Assert.False(await scope.Db.DocumentLinks.AnyAsync(l => l.DocumentId == id));
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Refuses_a_file_over_20_MB_with_a_clear_message_and_stores_nothing(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var title = Json.Unique("Huge scan");
        var tooLarge = await UploadAsync(http, "/documents/new", title, new byte[20 * MegaByte + 1], "image/tiff", "scan.tiff");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("The file is larger than 20 MB", await tooLarge.Content.ReadAsStringAsync());

        var farTooLarge = await UploadAsync(http, "/documents/new", title, new byte[25 * MegaByte], "image/tiff", "scan.tiff");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, farTooLarge.StatusCode);
        Assert.Contains("The file is larger than 20 MB", await farTooLarge.Content.ReadAsStringAsync());
        await using var scope = app.OpenDb();
        Assert.False(await scope.Db.Documents.AnyAsync(d => d.Title == title));
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task Creating_through_the_form_shows_field_messages_then_the_new_document(Db db)
    {
        var app = apps[db];
        var http = app.Http();
        var activityTitle = Json.Unique("Study visit");
        var activity = await Arrange.ActivityAsync(http, Arrange.Activity(await Arrange.ProgrammeAsync(app), activityTitle));
        var invalid = await http.SubmitAsync("/documents/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "", ["Input.Kind"] = "Report", ["LinksText"] = "the mission in June",
        });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("Write each link as a kind of record and its id", await invalid.Content.ReadAsStringAsync());

        invalid = await http.SubmitAsync("/documents/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "", ["Input.Kind"] = "Report", ["LinksText"] = "Activity 999999999",
        });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("field-error field-validation-error", html);
        Assert.Contains("There is no activity 999999999.", html);

        var title = Json.Unique("Study visit report");
        var created = await http.SubmitAsync("/documents/new", new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Kind"] = "Report", ["Input.Text"] = "Superblocks\nTactical urbanism",
            ["LinksText"] = $"activity {activity} {activityTitle}",
        });
        await Expect.StatusAsync(HttpStatusCode.Redirect, created);
        var page = WebUtility.HtmlDecode(await http.GetStringAsync(created.Headers.Location));
        Assert.Contains(title, page);
        Assert.Contains($"<a href=\"/activities/{activity}\">{activityTitle}</a>", page);
        Assert.Contains("Superblocks\nTactical urbanism", page);
        var id = created.Headers.Location!.OriginalString.Split('/').Last();
        var editor = WebUtility.HtmlDecode(await http.GetStringAsync($"/documents/{id}/edit"));
        Assert.Contains($"Activity {activity} {activityTitle}", editor);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task A_stale_edit_gets_409_and_a_page_showing_what_changed(Db db)
    {
        var http = apps[db].Http();
        var id = (int)(await (await http.PostJsonAsync("/api/v1/documents", new { title = Json.Unique("Minutes") })).ReadJsonAsync())["id"]!;
        await http.PutJsonAsync($"/api/v1/documents/{id}", new { title = "Theirs", version = 1 });
        var form = new Dictionary<string, string> { ["Input.Title"] = "Mine", ["Input.Kind"] = "Minutes", ["Input.Version"] = "1" };

        var stale = await http.SubmitAsync($"/documents/{id}/edit", form);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved this record", html);
        Assert.Contains("<td class=\"yours\">Mine</td><td class=\"theirs\">Theirs</td>", html);
        Assert.Equal("2", Forms.InputValue(html, "Input.Version"));

        var overwrite = await http.SubmitAsync($"/documents/{id}/edit", form.With("Input.Version", "2"));
        await Expect.StatusAsync(HttpStatusCode.Redirect, overwrite);
        Assert.Equal("Mine", (string?)(await (await http.GetAsync($"/api/v1/documents/{id}")).ReadJsonAsync())["title"]);
    }

    [Theory, InlineData(Db.Sqlite), InlineData(Db.Postgres)]
    public async Task The_list_shows_an_empty_state_delete_asks_first_and_unknown_pages_a_404_page(Db db)
    {
        var http = apps[db].Http();
        var title = Json.Unique("Press release");
        var id = (int)(await (await http.PostJsonAsync("/api/v1/documents", new { title, kind = "News" })).ReadJsonAsync())["id"]!;
        Assert.Contains($"<a href=\"/documents/{id}\">{title}</a>", await http.GetStringAsync($"/documents?q={Uri.EscapeDataString(title)}&kind=News"));
        Assert.Contains("No documents match.", await http.GetStringAsync($"/documents?q={Guid.NewGuid():N}"));

        Assert.Contains("This cannot be undone", await http.GetStringAsync($"/documents/{id}/delete"));
        Assert.Equal(HttpStatusCode.Redirect, (await http.SubmitAsync($"/documents/{id}/delete", new Dictionary<string, string>())).StatusCode);
        var missing = await http.GetAsync($"/documents/{id}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the New form as a browser does with a file picked: multipart, with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(
        HttpClient http, string pageUrl, string title, byte[] content, string contentType, string fileName, string? links = null)
    {
        var html = await http.GetStringAsync(pageUrl);
        var form = new MultipartFormDataContent
        {
            { new StringContent(Forms.InputValue(html, "__RequestVerificationToken")!), "__RequestVerificationToken" },
            { new StringContent(title), "Input.Title" },
            { new StringContent("Agenda"), "Input.Kind" },
            { new StringContent(links ?? ""), "LinksText" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "Upload", fileName);
        return await http.PostAsync("/documents/new", form);
    }
}
