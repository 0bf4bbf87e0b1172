using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Features.Accounts;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.People;

public static class PeopleApi
{
    public static void MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var people = app.MapGroup("/api/v1/people").WithTags("People");
        people.MapGet("/", async ([AsParameters] ListPeople.Query query, AppDbContext db, CancellationToken ct) =>
            (await ListPeople.HandleAsync(db, query, ct)).ToHttp()).WithName("ListPeople");
        people.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, EditScope scope, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            (await GetPerson.HandleAsync(db, id, user, scope, clock, ct)).ToHttp()).WithName("GetPerson");
        people.MapPost("/", async ([FromBody] PersonInput input, AppDbContext db, CancellationToken ct) =>
            (await CreatePerson.HandleAsync(db, input, ct)).ToHttp(c => $"/api/v1/people/{c.Id}")).WithName("CreatePerson");
        people.MapPut("/{id:int}", async (int id, [FromBody] PersonInput input, AppDbContext db, CancellationToken ct) =>
            (await UpdatePerson.HandleAsync(db, id, input, ct)).ToHttp()).WithName("UpdatePerson");
        people.MapDelete("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await DeletePerson.HandleAsync(db, id, ct)).ToHttp()).WithName("DeletePerson");
    }
}
