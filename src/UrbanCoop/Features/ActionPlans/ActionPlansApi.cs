using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.ActionPlans;

public static class ActionPlansApi
{
    public static void MapActionPlansApi(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/v1/action-plans").WithTags("Action plans");
        plans.MapGet("/", async ([AsParameters] ListActionPlans.Query query, AppDbContext db, CancellationToken ct) =>
            (await ListActionPlans.HandleAsync(db, query, ct)).ToHttp()).WithName("ListActionPlans");
        plans.MapGet("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await GetActionPlan.HandleAsync(db, id, ct)).ToHttp()).WithName("GetActionPlan");
        plans.MapPost("/", async ([FromBody] ActionPlanInput input, AppDbContext db, CancellationToken ct) =>
            (await CreateActionPlan.HandleAsync(db, input, ct)).ToHttp(c => $"/api/v1/action-plans/{c.Id}")).WithName("CreateActionPlan");
        plans.MapPost("/{id:int}/new-version", async (int id, AppDbContext db, CancellationToken ct) =>
            (await NewActionPlanVersion.HandleAsync(db, id, ct)).ToHttp(c => $"/api/v1/action-plans/{c.Id}")).WithName("NewActionPlanVersion");
        plans.MapPut("/{id:int}", async (int id, [FromBody] ActionPlanInput input, AppDbContext db, CancellationToken ct) =>
            (await UpdateActionPlan.HandleAsync(db, id, input, ct)).ToHttp()).WithName("UpdateActionPlan");
        plans.MapDelete("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await DeleteActionPlan.HandleAsync(db, id, ct)).ToHttp()).WithName("DeleteActionPlan");
    }
}
