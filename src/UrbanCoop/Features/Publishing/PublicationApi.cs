using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Features.Documents;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Publishing;

public static class PublicationApi
{
    public static void MapPublicationApi(this IEndpointRouteBuilder app)
    {
        var publication = app.MapGroup("/api/v1/{records}/{id:int}/publication").WithTags("Publication");
        publication.MapGet("/", async (string records, int id, AppDbContext db, CancellationToken ct) =>
            RecordRoutes.KindOf("/" + records) is RecordKind kind && await SetPublication.GetAsync(db, kind, id, ct) is { } state
                ? (IResult)TypedResults.Ok(state)
                : TypedResults.Problem($"There is no record at /{records}/{id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found"))
            .WithName("GetPublication");
        publication.MapPut("/", async (string records, int id, [FromBody] SetPublication.Input input, AppDbContext db, CancellationToken ct) =>
            RecordRoutes.KindOf("/" + records) is RecordKind kind
                ? (await SetPublication.HandleAsync(db, kind, id, input, ct)).ToHttp()
                : TypedResults.Problem($"'{records}' is not a kind of record.", statusCode: StatusCodes.Status404NotFound, title: "Not found"))
            .WithName("SetPublication");
    }
}
