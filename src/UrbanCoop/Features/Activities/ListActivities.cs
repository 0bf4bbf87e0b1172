using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.Reference;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Activities;

public static class ListActivities
{
    /// <summary>
    /// <see cref="From"/> and <see cref="To"/> are local dates where each activity takes place (both included);
    /// <see cref="Organisation"/> matches organisers and participating organisations; <see cref="Person"/> participants.
    /// </summary>
    public sealed record Query(
        int Page = 1, int PageSize = 20, string? Sort = null, string? Q = null, int? Programme = null, int? Partnership = null,
        int? Place = null, int? Organisation = null, int? Person = null, ActivityKind? Kind = null, ActivityStatus? Status = null,
        string? Theme = null, int? Sdg = null, string? Country = null, DateOnly? From = null, DateOnly? To = null, int? Parent = null);

    public sealed record Item(
        int Id, string Title, ActivityKind Kind, ActivityStatus Status, DateTime StartsAt, DateTime EndsAt, string TimeZone,
        bool AllDay, string? Venue, bool Online, int? ParticipantCount, int? ParentId, string? ParentTitle,
        int? PartnershipId, string? PartnershipName, IReadOnlyList<PlaceLink> Places);

    public sealed record PlaceLink(int Id, string Name);

    public static readonly SortKeys<Activity> Sorts = new SortKeys<Activity>("-start", a => a.Id)
        .Add("start", a => a.StartsAt)
        .Add("title", a => a.Title)
        .Add("kind", a => a.Kind)
        .Add("status", a => a.Status)
        .Add("participants", a => a.ParticipantCount ?? 0)
        .Add("updated", a => a.UpdatedAt);

    public static async Task<Outcome<Paged<Item>>> HandleAsync(AppDbContext db, Query query, CancellationToken ct)
    {
        if (query.Theme is { } theme && !Themes.Exists(theme)) return Outcome<Paged<Item>>.Invalid("theme", $"'{theme}' is not a theme id such as smart-city.");
        if (query.Sdg is int sdg && !Sdgs.Exists(sdg)) return Outcome<Paged<Item>>.Invalid("sdg", "SDGs are numbered 1 to 17.");
        if (query.From > query.To) return Outcome<Paged<Item>>.Invalid("to", "The end of the date range is before its start.");

        // Nothing but a place, by start: the list each place profile links to, and the busiest. Compiled once (see CompiledQuery).
        var onlyPlace = query with { Page = 1, PageSize = 20, Sort = null, Place = null } == new Query();
        if (query.Place is int placeId && onlyPlace && SortsByStart(query.Sort) is bool newestFirst)
        {
            var placePage = await Paging.PageAsync(query.Page, query.PageSize,
                (skip, take) => (newestFirst ? PlaceNewestFirst : PlaceOldestFirst).For(db)(db, placeId, skip, take).ToListAsync(ct).AsTask(),
                () => PlaceCount.For(db)(db, placeId, ct));
            return Outcome<Paged<Item>>.Ok(InUtc(placePage));
        }

        var activities = db.Activities.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim().ToLower();
            activities = activities.Where(a => a.Title.ToLower().Contains(text) || (a.Venue != null && a.Venue.ToLower().Contains(text)));
        }
        if (query.Programme is int programme) activities = activities.Where(a => a.ProgrammeId == programme);
        if (query.Partnership is int partnership) activities = activities.Where(a => a.PartnershipId == partnership);
        if (query.Parent is int parent) activities = activities.Where(a => a.ParentId == parent);
        if (query.Kind is ActivityKind kind) activities = activities.Where(a => a.Kind == kind);
        if (query.Status is ActivityStatus status) activities = activities.Where(a => a.Status == status);
        if (query.Theme is { } themeId) activities = activities.Where(a => a.Themes.Contains(themeId));
        if (query.Sdg is int goal) activities = activities.Where(a => a.Sdgs.Contains(goal));
        if (query.Organisation is int organisation)
            activities = activities.Where(a =>
                db.Set<ActivityOrganiser>().Where(o => o.OrganisationId == organisation).Select(o => o.ActivityId).Contains(a.Id)
                || db.Participants.Where(p => p.OrganisationId == organisation).Select(p => p.ActivityId).Contains(a.Id));
        if (query.Person is int person)
            activities = activities.Where(a => db.Participants.Where(p => p.PersonId == person).Select(p => p.ActivityId).Contains(a.Id));
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            // One country, or several separated by commas (a world region, as the dashboard links it).
            var countries = query.Country.ToUpperInvariant().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            activities = activities.Where(a => db.Set<ActivityPlace>().Where(p => countries.Contains(p.Place!.CountryCode)).Select(p => p.ActivityId).Contains(a.Id));
        }
        if (query.From is not null || query.To is not null)
            activities = await StartingBetweenAsync(db, activities, query.From, query.To, ct);

        IQueryable<Activity>? sorted;
        IQueryable<int> counted = activities.Select(a => a.Id);
        if (query.Place is int place)
        {
            // Start from the place's link rows (PlaceId index), so a place's list never scans all activities. Sorted by
            // start (the default), the links' copy of StartsAt gives the order straight from the (PlaceId, StartsAt) index.
            var links = db.Set<ActivityPlace>().Where(l => l.PlaceId == place);
            var placed = links.Join(activities, l => l.ActivityId, a => a.Id, (l, a) => new { l.StartsAt, l.ActivityId, Activity = a });
            sorted = SortsByStart(query.Sort) is bool descending
                ? (descending ? placed.OrderByDescending(x => x.StartsAt) : placed.OrderBy(x => x.StartsAt)).ThenBy(x => x.ActivityId).Select(x => x.Activity)
                : placed.Select(x => x.Activity).SortBy(query.Sort, Sorts);
            // With no other filter, every link row is one activity of the list: count them without reading the activities.
            counted = onlyPlace ? links.Select(l => l.ActivityId) : placed.Select(x => x.ActivityId);
        }
        else sorted = activities.SortBy(query.Sort, Sorts);
        if (sorted is null) return Outcome<Paged<Item>>.Invalid("sort", Paging.UnknownSortMessage(Sorts));

        // One round trip for the page and the places of its activities.
        var page = await sorted.Select(ToItem).ToPagedAsync(counted, query.Page, query.PageSize, ct);
        return Outcome<Paged<Item>>.Ok(InUtc(page));
    }

    /// <summary>A line of the list, with the places of the activity by name.</summary>
    private static readonly Expression<Func<Activity, Item>> ToItem = a => new Item(
        a.Id, a.Title, a.Kind, a.Status, a.StartsAt, a.EndsAt, a.TimeZone, a.AllDay, a.Venue, a.Online,
        a.ParticipantCount, a.ParentId, a.Parent != null ? a.Parent.Title : null, a.PartnershipId,
        a.Partnership != null ? a.Partnership.Name : null,
        a.Places.OrderBy(p => p.Place!.Name).ThenBy(p => p.PlaceId).Select(p => new PlaceLink(p.PlaceId, p.Place!.Name)).ToList());

    /// <summary>SQLite gives back unspecified times; the API always writes UTC.</summary>
    private static Paged<Item> InUtc(Paged<Item> page) => page with
    {
        Items = [.. page.Items.Select(i => i with
        {
            StartsAt = DateTime.SpecifyKind(i.StartsAt, DateTimeKind.Utc),
            EndsAt = DateTime.SpecifyKind(i.EndsAt, DateTimeKind.Utc),
        })],
    };

    /// <summary>A place's activities in the order of its (PlaceId, StartsAt) index: the links' copy of the start.</summary>
    private static readonly CompiledQuery<Func<AppDbContext, int, int, int, IAsyncEnumerable<Item>>> PlaceNewestFirst = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int place, int skip, int take) => db.Set<ActivityPlace>().Where(l => l.PlaceId == place)
            .Join(db.Activities, l => l.ActivityId, a => a.Id, (l, a) => new { l.StartsAt, l.ActivityId, Activity = a })
            .OrderByDescending(x => x.StartsAt).ThenBy(x => x.ActivityId).Skip(skip).Take(take).Select(x => x.Activity).Select(ToItem)));

    private static readonly CompiledQuery<Func<AppDbContext, int, int, int, IAsyncEnumerable<Item>>> PlaceOldestFirst = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int place, int skip, int take) => db.Set<ActivityPlace>().Where(l => l.PlaceId == place)
            .Join(db.Activities, l => l.ActivityId, a => a.Id, (l, a) => new { l.StartsAt, l.ActivityId, Activity = a })
            .OrderBy(x => x.StartsAt).ThenBy(x => x.ActivityId).Skip(skip).Take(take).Select(x => x.Activity).Select(ToItem)));

    /// <summary>Every link row is one activity of the place: counted without reading the activities.</summary>
    private static readonly CompiledQuery<Func<AppDbContext, int, CancellationToken, Task<int>>> PlaceCount = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int place, CancellationToken ct) => db.Set<ActivityPlace>().Count(l => l.PlaceId == place)));

    /// <summary>Whether the sort is by start, and if so whether descending; null for any other key.</summary>
    private static bool? SortsByStart(string? sort)
    {
        var text = string.IsNullOrWhiteSpace(sort) ? Sorts.Default : sort.Trim();
        return text.TrimStart('-', '+').Equals("start", StringComparison.OrdinalIgnoreCase) ? text.StartsWith('-') : null;
    }

    /// <summary>
    /// Local midnight falls at a different UTC instant in each time zone, so the range becomes one bound per zone
    /// in use: (TimeZone = 'Asia/Shanghai' AND StartsAt >= …) OR (TimeZone = 'Europe/Madrid' AND …). UTC offsets
    /// lie between −12 and +14 hours, so no activity outside the range widened by a day on each side can match:
    /// both the zones and the activities are read from that window only (on the StartsAt index).
    /// </summary>
    internal static async Task<IQueryable<Activity>> StartingBetweenAsync(
        AppDbContext db, IQueryable<Activity> activities, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var window = db.Activities.AsQueryable();
        if (from is DateOnly start)
        {
            var earliest = DateTime.SpecifyKind(start.AddDays(-1).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
            (window, activities) = (window.Where(a => a.StartsAt >= earliest), activities.Where(a => a.StartsAt >= earliest));
        }
        if (to is DateOnly end)
        {
            var latest = DateTime.SpecifyKind(end.AddDays(2).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
            (window, activities) = (window.Where(a => a.StartsAt < latest), activities.Where(a => a.StartsAt < latest));
        }
        var zones = await window.Select(a => a.TimeZone).Distinct().ToListAsync(ct);
        var a = Expression.Parameter(typeof(Activity), "a");
        var startsAt = Expression.Property(a, nameof(Activity.StartsAt));
        Expression body = Expression.Constant(false);
        foreach (var zone in zones)
        {
            Expression clause = Expression.Equal(Expression.Property(a, nameof(Activity.TimeZone)), Expression.Constant(zone));
            if (from is DateOnly first)
                clause = Expression.AndAlso(clause, Expression.GreaterThanOrEqual(startsAt, Expression.Constant(LocalMidnightUtc(first, zone))));
            if (to is DateOnly last)
                clause = Expression.AndAlso(clause, Expression.LessThan(startsAt, Expression.Constant(LocalMidnightUtc(last.AddDays(1), zone))));
            body = Expression.OrElse(body, clause);
        }
        return activities.Where(Expression.Lambda<Func<Activity, bool>>(body, a));
    }

    private static DateTime LocalMidnightUtc(DateOnly date, string zone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var info)) return DateTime.SpecifyKind(midnight, DateTimeKind.Utc);
        while (info.IsInvalidTime(midnight)) midnight = midnight.AddMinutes(15);
        return TimeZoneInfo.ConvertTimeToUtc(midnight, info);
    }
}
