using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Documents;

public static class DocumentsApi
{
    public static void MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/v1/documents").WithTags("Documents");
        documents.MapGet("/", async ([AsParameters] ListDocuments.Query query, AppDbContext db, CancellationToken ct) =>
            (await ListDocuments.HandleAsync(db, query, ct)).ToHttp()).WithName("ListDocuments");
        documents.MapGet("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await GetDocument.HandleAsync(db, id, ct)).ToHttp()).WithName("GetDocument");
        documents.MapPost("/", async ([FromBody] DocumentInput input, AppDbContext db, CancellationToken ct) =>
            (await CreateDocument.HandleAsync(db, input, upload: null, ct)).ToHttp(c => $"/api/v1/documents/{c.Id}")).WithName("CreateDocument");
        documents.MapPut("/{id:int}", async (int id, [FromBody] DocumentInput input, AppDbContext db, CancellationToken ct) =>
            (await UpdateDocument.HandleAsync(db, id, input, ct)).ToHttp()).WithName("UpdateDocument");
        documents.MapDelete("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await DeleteDocument.HandleAsync(db, id, ct)).ToHttp()).WithName("DeleteDocument");

        // The download people follow from the document's page; a missing file falls through to the 404 page.
        app.MapGet("/documents/{id:int}/file", async (int id, AppDbContext db, HttpResponse response, CancellationToken ct) =>
            await GetDocumentFile.HandleAsync(db, id, ct) is { Succeeded: true, Value: { } file } ? Download(file, response) : TypedResults.NotFound())
            .WithTags("Documents").WithName("DownloadDocumentFile");
    }

    // Always an attachment, never sniffed and sandboxed, so an uploaded HTML file cannot run as one of our pages.
    private static IResult Download(GetDocumentFile.StoredFile file, HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
