using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Documents;
using UrbanCoop.Features.PilotProjects;
using UrbanCoop.Features.Places;
using UrbanCoop.Features.Programmes;

namespace UrbanCoop.Features;

/// <summary>The API route table: one line per feature; each feature's file lists its routes.</summary>
public static class FeatureApis
{
    public static void MapFeatureApis(this IEndpointRouteBuilder app)
    {
        app.MapPlacesApi();
        app.MapProgrammesApi();
        app.MapPilotProjectsApi();
        app.MapActivitiesApi();
        app.MapDocumentsApi();
    }
}
