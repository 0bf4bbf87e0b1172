using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Places;

public static class PlacesApi
{
    public static void MapPlacesApi(this IEndpointRouteBuilder app)
    {
        var places = app.MapGroup("/api/v1/places").WithTags("Places");
        places.MapGet("/", async ([AsParameters] ListPlaces.Query query, AppDbContext db, CancellationToken ct) =>
            (await ListPlaces.HandleAsync(db, query, ct)).ToHttp()).WithName("ListPlaces");
        places.MapGet("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await GetPlace.HandleAsync(db, id, ct)).ToHttp()).WithName("GetPlace");
        places.MapPost("/", async ([FromBody] PlaceInput input, AppDbContext db, CancellationToken ct) =>
            (await CreatePlace.HandleAsync(db, input, ct)).ToHttp(c => $"/api/v1/places/{c.Id}")).WithName("CreatePlace");
        places.MapPut("/{id:int}", async (int id, [FromBody] PlaceInput input, AppDbContext db, CancellationToken ct) =>
            (await UpdatePlace.HandleAsync(db, id, input, ct)).ToHttp()).WithName("UpdatePlace");
        places.MapDelete("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await DeletePlace.HandleAsync(db, id, ct)).ToHttp()).WithName("DeletePlace");
    }
}
