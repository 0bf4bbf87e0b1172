using Microsoft.AspNetCore.Http.Features;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.OpenData;

/// <summary><c>GET /open-data/download</c> (ZIP, or <c>?format=xlsx</c>): the open data, streamed as it is read.</summary>
public static class OpenDataApi
{
    public static void MapOpenDataApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/open-data/download", async (HttpContext http, AppDbContext db, string? format, CancellationToken ct) =>
        {
            switch (format ?? "zip")
            {
                case "zip":
                    Start(http, "application/zip", "urbancoop-open-data.zip");
                    // The ZIP writer finishes each entry with a small synchronous write; the rows themselves go out asynchronously.
                    http.Features.GetRequiredFeature<IHttpBodyControlFeature>().AllowSynchronousIO = true;
                    await OpenDataZip.WriteAsync(http.Response.Body, db, null, ct);
                    return Results.Empty;
                case "xlsx":
                    Start(http, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "urbancoop-open-data.xlsx");
                    http.Features.GetRequiredFeature<IHttpBodyControlFeature>().AllowSynchronousIO = true;
                    await OpenDataWorkbook.WriteAsync(http.Response.Body, db, null, ct);
                    return Results.Empty;
                default:
                    return TypedResults.ValidationProblem(
                        new Dictionary<string, string[]> { ["format"] = [$"Unknown format '{format}'. Use zip or xlsx."] }, title: "Invalid request");
            }
        }).WithTags("Open data").WithName("DownloadOpenData");
    }

    private static void Start(HttpContext http, string contentType, string fileName)
    {
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
    }
}
