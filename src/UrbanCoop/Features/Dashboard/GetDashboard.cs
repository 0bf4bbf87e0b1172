using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Agreements;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Dashboard;

/// <summary>
/// The figures programmes report, counted in the database (GROUP BY), for activities filtered by programme, theme,
/// SDG, country and a date range. Every figure carries the query string of the list that shows what it counts.
/// </summary>
public static class GetDashboard
{
    public sealed record Query(int? Programme = null, string? Theme = null, int? Sdg = null, string? Country = null, DateOnly? From = null, DateOnly? To = null);

    public sealed record Figure(string Label, long Value, string Link);

    /// <summary>A chart: <see cref="Key"/> names what it breaks down ("theme", "year"), the page gives it a title.</summary>
    public sealed record Breakdown(string Key, string Measure, IReadOnlyList<Figure> Rows);

    public sealed record Result(Query Filter, IReadOnlyList<Figure> Totals, IReadOnlyList<Breakdown> Breakdowns);

    public static async Task<Outcome<Result>> HandleAsync(AppDbContext db, Query query, CancellationToken ct)
    {
        if (query.Theme is { } theme && !Themes.Exists(theme)) return Outcome<Result>.Invalid("theme", $"'{theme}' is not a theme id such as smart-city.");
        if (query.Sdg is int sdg && !Sdgs.Exists(sdg)) return Outcome<Result>.Invalid("sdg", "SDGs are numbered 1 to 17.");
        if (query.Country is { } c && !Countries.IsValid(c.Trim().ToUpperInvariant()))
            return Outcome<Result>.Invalid("country", $"'{c}' is not an ISO 3166 country code such as CN or IT.");
        if (query.From > query.To) return Outcome<Result>.Invalid("to", "The end of the date range is before its start.");
        query = query with { Country = query.Country?.Trim().ToUpperInvariant() };

        var activities = await FilteredAsync(db, query, ct);
        var links = new DashboardLinks(query);
        var byKind = await activities.GroupBy(a => a.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var participants = await activities.SumAsync(a => (long)(a.ParticipantCount ?? 0), ct);
        var ids = activities.Select(a => a.Id);
        // Under a theme, SDG or country filter, that breakdown is the filtered value alone: its links could not keep both values.
        var themeRows = ActivityTags.Themes(db).Where(t => ids.Contains(t.ActivityId));
        if (query.Theme is { } onlyTheme) themeRows = themeRows.Where(t => t.Tag == onlyTheme);
        var byTheme = await themeRows
            .GroupBy(t => t.Tag).Select(g => new { g.Key, Count = g.Count(), People = g.Sum(x => (long)(x.ParticipantCount ?? 0)) }).ToListAsync(ct);
        var sdgRows = ActivityTags.Sdgs(db).Where(t => ids.Contains(t.ActivityId));
        if (query.Sdg is int goal) sdgRows = sdgRows.Where(t => t.Tag == goal);
        var bySdg = await sdgRows.GroupBy(t => t.Tag).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var placeRows = db.Set<ActivityPlace>().Where(p => ids.Contains(p.ActivityId));
        if (query.Country is { } only) placeRows = placeRows.Where(p => p.Place!.CountryCode == only);
        var byCountry = await placeRows
            .GroupBy(p => p.Place!.CountryCode).Select(g => new { g.Key, Count = g.Select(p => p.ActivityId).Distinct().Count() }).ToListAsync(ct);
        var byYear = await ByLocalYearAsync(activities, ct);
        var organisations = await OrganisationsByKindAsync(db, query, ct);
        var others = await DashboardRecords.CountAsync(db, query, ct);

        var totals = new List<Figure>
        {
            new("Partnerships", others.Partnerships, links.Partnerships()),
            new("Activities", byKind.Sum(k => k.Count), links.Activities()),
            new("Participants counted", participants, links.Activities()),
            new("Agreements signed", others.Agreements, links.Agreements()),
            new("Pilot projects", others.PilotProjects, links.PilotProjects()),
            new("Places", others.Places, links.Places()),
            new("Organisations", organisations.Sum(o => o.Value), links.Organisations()),
        };
        var breakdowns = new List<Breakdown>
        {
            new("theme", "Activities", [.. byTheme.OrderByDescending(t => t.Count).Select(t => new Figure(Themes.NameOf(t.Key), t.Count, links.Activities(theme: t.Key)))]),
            new("participants-by-theme", "Participants counted", [.. byTheme.Where(t => t.People > 0).OrderByDescending(t => t.People).Select(t => new Figure(Themes.NameOf(t.Key), t.People, links.Activities(theme: t.Key)))]),
            new("sdg", "Activities", [.. bySdg.OrderBy(s => s.Key).Select(s => new Figure($"SDG {s.Key} {Sdgs.NameOf(s.Key)}", s.Count, links.Activities(sdg: s.Key)))]),
            new("country", "Activities", [.. byCountry.OrderByDescending(x => x.Count).Select(x => new Figure(Countries.NameOf(x.Key), x.Count, links.Activities(country: x.Key)))]),
            new("world-region", "Activities", await ByWorldRegionAsync(db, ids, byCountry.Select(x => x.Key), links, ct)),
            new("year", "Activities", [.. byYear.OrderBy(y => y.Key).Select(y => new Figure(y.Key.ToString(), y.Count, links.Activities(year: y.Key)))]),
            new("kind", "Activities", [.. byKind.OrderByDescending(k => k.Count).Select(k => new Figure(Infrastructure.Web.Display.Words(k.Key), k.Count, links.Activities(kind: k.Key)))]),
            new("helix", "Organisations", organisations),
        };
        return Outcome<Result>.Ok(new Result(query, totals, breakdowns));
    }

    /// <summary>The activities the dashboard counts: the activity list's filters, dates local to each activity.</summary>
    internal static async Task<IQueryable<Activity>> FilteredAsync(AppDbContext db, Query query, CancellationToken ct)
    {
        var activities = db.Activities.AsNoTracking();
        if (query.Programme is int programme) activities = activities.Where(a => a.ProgrammeId == programme);
        if (query.Theme is { } theme) activities = activities.Where(a => a.Themes.Contains(theme));
        if (query.Sdg is int sdg) activities = activities.Where(a => a.Sdgs.Contains(sdg));
        if (query.Country is { } country)
            activities = activities.Where(a => db.Set<ActivityPlace>().Where(p => p.Place!.CountryCode == country).Select(p => p.ActivityId).Contains(a.Id));
        if (query.From is not null || query.To is not null)
            activities = await ListActivities.StartingBetweenAsync(db, activities, query.From, query.To, ct);
        return activities;
    }

    /// <summary>
    /// Activities by the year where they take place. Only a start on 31 December or 1 January (UTC) can fall in
    /// another year locally (offsets stay within a day), so the rest is grouped in SQL by its UTC year and those few
    /// are placed by their own time zone.
    /// </summary>
    private static async Task<List<(int Key, int Count, long People)>> ByLocalYearAsync(IQueryable<Activity> activities, CancellationToken ct)
    {
        var inner = await activities.Where(a => !((a.StartsAt.Month == 12 && a.StartsAt.Day == 31) || (a.StartsAt.Month == 1 && a.StartsAt.Day == 1)))
            .GroupBy(a => a.StartsAt.Year).Select(g => new { g.Key, Count = g.Count(), People = g.Sum(a => (long)(a.ParticipantCount ?? 0)) }).ToListAsync(ct);
        var edges = await activities.Where(a => (a.StartsAt.Month == 12 && a.StartsAt.Day == 31) || (a.StartsAt.Month == 1 && a.StartsAt.Day == 1))
            .Select(a => new { a.StartsAt, a.TimeZone, a.ParticipantCount }).ToListAsync(ct);
        return [.. inner.Select(g => (g.Key, g.Count, g.People))
            .Concat(edges.Select(e => (Infrastructure.Web.Display.ToLocal(e.StartsAt, e.TimeZone).Year, 1, (long)(e.ParticipantCount ?? 0))))
            .GroupBy(x => x.Item1).Select(g => (g.Key, g.Sum(x => x.Item2), g.Sum(x => x.Item3)))];
    }

    /// <summary>Activities in each world region, each counted once even with places in several of its countries.</summary>
    private static async Task<List<Figure>> ByWorldRegionAsync(
        AppDbContext db, IQueryable<int> ids, IEnumerable<string> countries, DashboardLinks links, CancellationToken ct)
    {
        var figures = new List<Figure>();
        foreach (var region in countries.GroupBy(Countries.WorldRegionOf))
        {
            var codes = region.ToList();
            var count = await db.Set<ActivityPlace>().Where(p => ids.Contains(p.ActivityId) && codes.Contains(p.Place!.CountryCode))
                .Select(p => p.ActivityId).Distinct().CountAsync(ct);
            figures.Add(new Figure(region.Key, count, links.ActivitiesInCountries(codes)));
        }
        return [.. figures.OrderByDescending(f => f.Value)];
    }

    private static async Task<List<Figure>> OrganisationsByKindAsync(AppDbContext db, Query query, CancellationToken ct)
    {
        var organisations = db.Organisations.AsNoTracking();
        if (query.Country is { } country) organisations = organisations.Where(o => o.Place != null && o.Place.CountryCode == country);
        var byKind = await organisations.GroupBy(o => o.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var links = new DashboardLinks(query);
        return [.. byKind.OrderByDescending(k => k.Count).Select(k => new Figure(Infrastructure.Web.Display.Words(k.Key), k.Count, links.Organisations(k.Key)))];
    }
}
