using Microsoft.AspNetCore.Mvc;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Partnerships;

public static class ClustersApi
{
    public static void MapClustersApi(this IEndpointRouteBuilder app)
    {
        var clusters = app.MapGroup("/api/v1/clusters").WithTags("Clusters");
        clusters.MapGet("/", async ([AsParameters] ListClusters.Query query, AppDbContext db, CancellationToken ct) =>
            (await ListClusters.HandleAsync(db, query, ct)).ToHttp()).WithName("ListClusters");
        clusters.MapGet("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await GetCluster.HandleAsync(db, id, ct)).ToHttp()).WithName("GetCluster");
        clusters.MapPost("/", async ([FromBody] ClusterInput input, AppDbContext db, CancellationToken ct) =>
            (await CreateCluster.HandleAsync(db, input, ct)).ToHttp(c => $"/api/v1/clusters/{c.Id}")).WithName("CreateCluster");
        clusters.MapPut("/{id:int}", async (int id, [FromBody] ClusterInput input, AppDbContext db, CancellationToken ct) =>
            (await UpdateCluster.HandleAsync(db, id, input, ct)).ToHttp()).WithName("UpdateCluster");
        clusters.MapDelete("/{id:int}", async (int id, AppDbContext db, CancellationToken ct) =>
            (await DeleteCluster.HandleAsync(db, id, ct)).ToHttp()).WithName("DeleteCluster");
    }
}
