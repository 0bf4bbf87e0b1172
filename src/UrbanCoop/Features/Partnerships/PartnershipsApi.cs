using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

public static class PartnershipsApi
{
    public static void MapPartnershipsApi(this IEndpointRouteBuilder app)
    {
        var partnerships = app.MapGroup("/api/v1/partnerships").WithTags("Partnerships");
        partnerships.MapGet("/", async ([AsParameters] ListPartnerships.Query query, AppDbContext db, CancellationToken ct) =>
            (await ListPartnerships.HandleAsync(db, query, ct)).ToHttp()).WithName("ListPartnerships");
        partnerships.MapGet("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await GetPartnership.HandleAsync(db, id, ct)).ToHttp()).WithName("GetPartnership");
        partnerships.MapPost("/", async ([FromBody] PartnershipInput input, AppDbContext db, CancellationToken ct) =>
            (await CreatePartnership.HandleAsync(db, input, ct)).ToHttp(c => $"/api/v1/partnerships/{c.Id}")).WithName("CreatePartnership");
        partnerships.MapPut("/{id:int}", async (int id, [FromBody] PartnershipInput input, AppDbContext db, CancellationToken ct) =>
            (await UpdatePartnership.HandleAsync(db, id, input, ct)).ToHttp()).WithName("UpdatePartnership");
        partnerships.MapDelete("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await DeletePartnership.HandleAsync(db, id, ct)).ToHttp()).WithName("DeletePartnership");
    }
}
