using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Dashboard;

public static class DashboardApi
{
    public static void MapDashboardApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/dashboard", async ([AsParameters] GetDashboard.Query query, AppDbContext db, CancellationToken ct) =>
            (await GetDashboard.HandleAsync(db, query, ct)).ToHttp()).WithTags("Dashboard").WithName("GetDashboard");
}
