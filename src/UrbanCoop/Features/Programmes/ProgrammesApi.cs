using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Programmes;

public static class ProgrammesApi
{
    public static void MapProgrammesApi(this IEndpointRouteBuilder app)
    {
        var programmes = app.MapGroup("/api/v1/programmes").WithTags("Programmes");
        programmes.MapGet("/", async ([AsParameters] ListProgrammes.Query query, AppDbContext db, CancellationToken ct) =>
            (await ListProgrammes.HandleAsync(db, query, ct)).ToHttp()).WithName("ListProgrammes");
        programmes.MapGet("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await GetProgramme.HandleAsync(db, id, ct)).ToHttp()).WithName("GetProgramme");
        programmes.MapPost("/", async ([FromBody] ProgrammeInput input, AppDbContext db, CancellationToken ct) =>
            (await CreateProgramme.HandleAsync(db, input, ct)).ToHttp(c => $"/api/v1/programmes/{c.Id}")).WithName("CreateProgramme");
        programmes.MapPut("/{id:int}", async (int id, [FromBody] ProgrammeInput input, AppDbContext db, CancellationToken ct) =>
            (await UpdateProgramme.HandleAsync(db, id, input, ct)).ToHttp()).WithName("UpdateProgramme");
        programmes.MapDelete("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await DeleteProgramme.HandleAsync(db, id, ct)).ToHttp()).WithName("DeleteProgramme");
    }
}
