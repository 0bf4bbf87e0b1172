using UrbanCoop.Features.ActionPlans;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Features.Places;

namespace UrbanCoop.Features;

/// <summary>The API route table: one line per feature; each feature's file lists its routes.</summary>
public static class FeatureApis
{
    public static void MapFeatureApis(this IEndpointRouteBuilder app)
    {
        app.MapPlacesApi();
        app.MapPartnershipsApi();
        app.MapClustersApi();
        app.MapActionPlansApi();
    }
}
