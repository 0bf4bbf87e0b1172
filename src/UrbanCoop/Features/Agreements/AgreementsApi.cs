using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Agreements;

public static class AgreementsApi
{
    public static void MapAgreementsApi(this IEndpointRouteBuilder app)
    {
        var agreements = app.MapGroup("/api/v1/agreements").WithTags("Agreements");
        agreements.MapGet("/", async ([AsParameters] ListAgreements.Query query, AppDbContext db, CancellationToken ct) =>
            (await ListAgreements.HandleAsync(db, query, ct)).ToHttp()).WithName("ListAgreements");
        agreements.MapGet("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await GetAgreement.HandleAsync(db, id, ct)).ToHttp()).WithName("GetAgreement");
        agreements.MapPost("/", async ([FromBody] AgreementInput input, AppDbContext db, CancellationToken ct) =>
            (await CreateAgreement.HandleAsync(db, input, ct)).ToHttp(c => $"/api/v1/agreements/{c.Id}")).WithName("CreateAgreement");
        agreements.MapPut("/{id:int}", async (int id, [FromBody] AgreementInput input, AppDbContext db, CancellationToken ct) =>
            (await UpdateAgreement.HandleAsync(db, id, input, ct)).ToHttp()).WithName("UpdateAgreement");
        agreements.MapDelete("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await DeleteAgreement.HandleAsync(db, id, ct)).ToHttp()).WithName("DeleteAgreement");
    }
}
