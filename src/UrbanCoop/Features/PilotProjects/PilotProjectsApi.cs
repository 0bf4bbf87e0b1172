using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.PilotProjects;

public static class PilotProjectsApi
{
    public static void MapPilotProjectsApi(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/v1/pilot-projects").WithTags("Pilot projects");
        projects.MapGet("/", async ([AsParameters] ListPilotProjects.Query query, AppDbContext db, CancellationToken ct) =>
            (await ListPilotProjects.HandleAsync(db, query, ct)).ToHttp()).WithName("ListPilotProjects");
        projects.MapGet("/{id:int}", async (int id, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            (await GetPilotProject.HandleAsync(db, id, clock, ct)).ToHttp()).WithName("GetPilotProject");
        projects.MapPost("/", async ([FromBody] PilotProjectInput input, AppDbContext db, CancellationToken ct) =>
            (await CreatePilotProject.HandleAsync(db, input, ct)).ToHttp(c => $"/api/v1/pilot-projects/{c.Id}")).WithName("CreatePilotProject");
        projects.MapPut("/{id:int}", async (int id, [FromBody] PilotProjectInput input, AppDbContext db, CancellationToken ct) =>
            (await UpdatePilotProject.HandleAsync(db, id, input, ct)).ToHttp()).WithName("UpdatePilotProject");
        projects.MapDelete("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await DeletePilotProject.HandleAsync(db, id, ct)).ToHttp()).WithName("DeletePilotProject");
    }
}
