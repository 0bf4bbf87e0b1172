using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Organisations;

public static class OrganisationsApi
{
    public static void MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var organisations = app.MapGroup("/api/v1/organisations").WithTags("Organisations");
        organisations.MapGet("/", async ([AsParameters] ListOrganisations.Query query, AppDbContext db, CancellationToken ct) =>
            (await ListOrganisations.HandleAsync(db, query, ct)).ToHttp()).WithName("ListOrganisations");
        organisations.MapGet("/{id:int}", async (int id, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            (await GetOrganisation.HandleAsync(db, id, clock, ct)).ToHttp()).WithName("GetOrganisation");
        organisations.MapPost("/", async ([FromBody] OrganisationInput input, AppDbContext db, CancellationToken ct) =>
            (await CreateOrganisation.HandleAsync(db, input, ct)).ToHttp(c => $"/api/v1/organisations/{c.Id}")).WithName("CreateOrganisation");
        organisations.MapPut("/{id:int}", async (int id, [FromBody] OrganisationInput input, AppDbContext db, CancellationToken ct) =>
            (await UpdateOrganisation.HandleAsync(db, id, input, ct)).ToHttp()).WithName("UpdateOrganisation");
        organisations.MapDelete("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await DeleteOrganisation.HandleAsync(db, id, ct)).ToHttp()).WithName("DeleteOrganisation");
    }
}
