using UrbanCoop.Features.Accounts;
using UrbanCoop.Features.ActionPlans;
using UrbanCoop.Features.ActionPlans.Summary;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Agreements;
using UrbanCoop.Features.Calendar;
using UrbanCoop.Features.Dashboard;
using UrbanCoop.Features.Documents;
using UrbanCoop.Features.Knowledge.Articles;
using UrbanCoop.Features.Knowledge.Search;
using UrbanCoop.Features.Matchmaking;
using UrbanCoop.Features.Languages;
using UrbanCoop.Features.OpenData;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.Partnerships;
using UrbanCoop.Features.People;
using UrbanCoop.Features.PilotProjects;
using UrbanCoop.Features.Places;
using UrbanCoop.Features.Programmes;
using UrbanCoop.Features.Publishing;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features;

/// <summary>The API route table: one line per feature; each feature's file lists its routes.</summary>
public static class FeatureApis
{
    public static void MapFeatureApis(this IEndpointRouteBuilder routes)
    {
        // Every change through the API passes the same access rules as the pages.
        var app = routes.MapGroup("").AddEndpointFilter<ApiWriteFilter>().AddEndpointFilter<CsvListFilter>().RequireRateLimiting(AccountsSetup.ApiRateLimit);
        app.MapProgrammesApi();
        app.MapPlacesApi();
        app.MapPartnershipsApi();
        app.MapClustersApi();
        app.MapActionPlansApi();
        app.MapPilotProjectsApi();
        app.MapActivitiesApi();
        app.MapOrganisationsApi();
        app.MapPeopleApi();
        app.MapAgreementsApi();
        app.MapDocumentsApi();
        app.MapPublicationApi();
        app.MapArticlesApi();
        app.MapSearchApi();
        app.MapMatchmakingApi();
        app.MapDashboardApi();
        app.MapRecordTextsApi();
        // Whole-programme downloads: read-only, with their own format parameter.
        routes.MapOpenDataApi();
        routes.MapCalendarFeeds();
        routes.MapPlanSummaryFiles();
    }
}
