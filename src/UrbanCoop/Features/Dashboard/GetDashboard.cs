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

    public sealed record Breakdown(string Title, string Measure, IReadOnlyList<Figure> Rows);

    public sealed record Result(Query Filter, IReadOnlyList<Figure> Totals, IReadOnlyList<Breakdown> Breakdowns);

    public static async Task<Outcome<Result>> HandleAsync(AppDbContext db, Query query, CancellationToken ct)
    {
        if (query.Theme is { } theme && !Themes.Exists(theme)) return Outcome<Result>.Invalid("theme", $"'{theme}' is not a theme id such as smart-city.");
        if (query.Sdg is int sdg && !Sdgs.Exists(sdg)) return Outcome<Result>.Invalid("sdg", "SDGs are numbered 1 to 17.");
        if (query.Country is { } c && !Countries.IsValid(c.Trim().ToUpperInvariant()))
            return Outcome<Result>.Invalid("country", $"'{c}' is not an ISO 3166 country code such as CN or IT.");
        if (query.From > query.To) return Outcome<Result>.Invalid("to", "The end of the date range is before its start.");
        query = query with { Country = query.Country?.Trim().ToUpperInvariant() };

        var activities = Filtered(db, query);
        var links = new DashboardLinks(query);
        var byKind = await activities.GroupBy(a => a.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var participants = await activities.SumAsync(a => (long)(a.ParticipantCount ?? 0), ct);
        var ids = activities.Select(a => a.Id);
        var byTheme = await ActivityTags.Themes(db).Where(t => ids.Contains(t.ActivityId))
            .GroupBy(t => t.Tag).Select(g => new { g.Key, Count = g.Count(), People = g.Sum(x => (long)(x.ParticipantCount ?? 0)) }).ToListAsync(ct);
        var bySdg = await ActivityTags.Sdgs(db).Where(t => ids.Contains(t.ActivityId))
            .GroupBy(t => t.Tag).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byCountry = await db.Set<ActivityPlace>().Where(p => ids.Contains(p.ActivityId))
            .GroupBy(p => p.Place!.CountryCode).Select(g => new { g.Key, Count = g.Select(p => p.ActivityId).Distinct().Count() }).ToListAsync(ct);
        var byYear = await activities.GroupBy(a => a.StartsAt.Year)
            .Select(g => new { g.Key, Count = g.Count(), People = g.Sum(a => (long)(a.ParticipantCount ?? 0)) }).ToListAsync(ct);
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
            new("Activities by theme", "Activities", [.. byTheme.OrderByDescending(t => t.Count).Select(t => new Figure(Themes.NameOf(t.Key), t.Count, links.Activities(theme: t.Key)))]),
            new("Participants by theme", "Participants counted", [.. byTheme.Where(t => t.People > 0).OrderByDescending(t => t.People).Select(t => new Figure(Themes.NameOf(t.Key), t.People, links.Activities(theme: t.Key)))]),
            new("Activities by SDG", "Activities", [.. bySdg.OrderBy(s => s.Key).Select(s => new Figure($"SDG {s.Key} {Sdgs.NameOf(s.Key)}", s.Count, links.Activities(sdg: s.Key)))]),
            new("Activities by country", "Activities", [.. byCountry.OrderByDescending(x => x.Count).Select(x => new Figure(Countries.NameOf(x.Key), x.Count, links.Activities(country: x.Key)))]),
            new("Activities by world region", "Activities", [.. byCountry.GroupBy(x => Countries.WorldRegionOf(x.Key))
                .Select(g => new Figure(g.Key, g.Sum(x => x.Count), links.ActivitiesInCountries(g.Select(x => x.Key)))).OrderByDescending(f => f.Value)]),
            new("Activities by year", "Activities", [.. byYear.OrderBy(y => y.Key).Select(y => new Figure(y.Key.ToString(), y.Count, links.Activities(year: y.Key)))]),
            new("Activities by kind", "Activities", [.. byKind.OrderByDescending(k => k.Count).Select(k => new Figure(Infrastructure.Web.Display.Words(k.Key), k.Count, links.Activities(kind: k.Key)))]),
            new("Organisations by helix type", "Organisations", organisations),
        };
        return Outcome<Result>.Ok(new Result(query, totals, breakdowns));
    }

    /// <summary>The activities the dashboard counts; the date range is on the start, in UTC.</summary>
    internal static IQueryable<Activity> Filtered(AppDbContext db, Query query)
    {
        var activities = db.Activities.AsNoTracking();
        if (query.Programme is int programme) activities = activities.Where(a => a.ProgrammeId == programme);
        if (query.Theme is { } theme) activities = activities.Where(a => a.Themes.Contains(theme));
        if (query.Sdg is int sdg) activities = activities.Where(a => a.Sdgs.Contains(sdg));
        if (query.Country is { } country)
            activities = activities.Where(a => db.Set<ActivityPlace>().Where(p => p.Place!.CountryCode == country).Select(p => p.ActivityId).Contains(a.Id));
        if (query.From is DateOnly from)
        {
            var start = DateTime.SpecifyKind(from.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
            activities = activities.Where(a => a.StartsAt >= start);
        }
        if (query.To is DateOnly to)
        {
            var end = DateTime.SpecifyKind(to.AddDays(1).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
            activities = activities.Where(a => a.StartsAt < end);
        }
        return activities;
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
