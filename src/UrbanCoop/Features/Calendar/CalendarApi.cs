using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Activities;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Calendar;

/// <summary>
/// Calendar feeds: <c>/calendar.ics</c> with any activity-list filter, one per programme, place, partnership,
/// organisation and person (<c>/places/7/calendar.ics</c>, also with filters), and one activity's .ics.
/// </summary>
public static class CalendarApi
{
    public static void MapCalendarFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar.ics", ([AsParameters] ListActivities.Query filter, HttpContext http, AppDbContext db, CancellationToken ct) =>
            FeedAsync(http, db, filter, "UrbanCoop activities", ct)).WithTags("Calendar");
        Map(app, "programmes", "programme", (f, id) => f with { Programme = id }, (db, id, ct) => db.Programmes.Where(x => x.Id == id).Select(x => x.Name).FirstOrDefaultAsync(ct));
        Map(app, "places", "place", (f, id) => f with { Place = id }, (db, id, ct) => db.Places.Where(x => x.Id == id).Select(x => x.Name).FirstOrDefaultAsync(ct));
        Map(app, "partnerships", "partnership", (f, id) => f with { Partnership = id }, (db, id, ct) => db.Partnerships.Where(x => x.Id == id).Select(x => x.Name).FirstOrDefaultAsync(ct));
        Map(app, "organisations", "organisation", (f, id) => f with { Organisation = id }, (db, id, ct) => db.Organisations.Where(x => x.Id == id).Select(x => x.Name).FirstOrDefaultAsync(ct));
        Map(app, "people", "person", (f, id) => f with { Person = id },
            (db, id, ct) => db.People.Where(x => x.Id == id).Select(x => x.GivenName + " " + x.FamilyName).FirstOrDefaultAsync(ct));
        app.MapGet("/activities/{id:int}/calendar.ics", async (int id, HttpContext http, AppDbContext db, CancellationToken ct) =>
        {
            var title = await db.Activities.Where(a => a.Id == id).Select(a => a.Title).FirstOrDefaultAsync(ct);
            if (title is null) return Results.Problem($"There is no activity {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
            var text = await CalendarFeed.WriteAsync(db, [id], SiteUrl(http), title, ct);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(text), CalendarFeed.ContentType, $"activity-{id}.ics");
        }).WithTags("Calendar");
    }

    private static void Map(IEndpointRouteBuilder app, string kind, string singular, Func<ListActivities.Query, int, ListActivities.Query> scope,
        Func<AppDbContext, int, CancellationToken, Task<string?>> nameOf) =>
        app.MapGet($"/{kind}/{{id:int}}/calendar.ics", async (int id, [AsParameters] ListActivities.Query filter, HttpContext http, AppDbContext db, CancellationToken ct) =>
        {
            var name = await nameOf(db, id, ct);
            if (name is null) return Results.Problem($"There is no {singular} {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
            return await FeedAsync(http, db, scope(filter, id), name, ct);
        }).WithTags("Calendar");

    private static async Task<IResult> FeedAsync(HttpContext http, AppDbContext db, ListActivities.Query filter, string name, CancellationToken ct)
    {
        var outcome = await CalendarFeed.HandleAsync(db, filter, SiteUrl(http), name, ct);
        return outcome.Succeeded ? Results.Text(outcome.Value!, CalendarFeed.ContentType) : outcome.ToHttp();
    }

    private static string SiteUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";
}
