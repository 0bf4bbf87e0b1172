using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Activities;

public static class ActivitiesApi
{
    public static void MapActivitiesApi(this IEndpointRouteBuilder app)
    {
        var activities = app.MapGroup("/api/v1/activities").WithTags("Activities");
        activities.MapGet("/", async ([AsParameters] ListActivities.Query query, AppDbContext db, CancellationToken ct) =>
            (await ListActivities.HandleAsync(db, query, ct)).ToHttp()).WithName("ListActivities");
        activities.MapGet("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await GetActivity.HandleAsync(db, id, ct)).ToHttp()).WithName("GetActivity");
        activities.MapPost("/", async ([FromBody] ActivityInput input, AppDbContext db, CancellationToken ct) =>
            (await CreateActivity.HandleAsync(db, input, ct)).ToHttp(c => $"/api/v1/activities/{c.Id}")).WithName("CreateActivity");
        activities.MapPut("/{id:int}", async (int id, [FromBody] ActivityInput input, AppDbContext db, CancellationToken ct) =>
            (await UpdateActivity.HandleAsync(db, id, input, ct)).ToHttp()).WithName("UpdateActivity");
        activities.MapDelete("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await DeleteActivity.HandleAsync(db, id, ct)).ToHttp()).WithName("DeleteActivity");
    }
}
