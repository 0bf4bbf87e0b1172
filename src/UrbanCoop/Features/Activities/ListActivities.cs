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

        var activities = db.Activities.AsNoTracking();
        // Start from the place's link rows (PlaceId index), so a place's page never scans all activities.
        if (query.Place is int place)
            activities = db.Set<ActivityPlace>().Where(p => p.PlaceId == place).Join(activities, p => p.ActivityId, a => a.Id, (p, a) => a);
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
            var country = query.Country.Trim().ToUpperInvariant();
            activities = activities.Where(a => db.Set<ActivityPlace>().Where(p => p.Place!.CountryCode == country).Select(p => p.ActivityId).Contains(a.Id));
        }
        if (query.From is not null || query.To is not null)
            activities = activities.Where(await StartingBetweenAsync(db, query.From, query.To, ct));

        var sorted = activities.SortBy(query.Sort, Sorts);
        if (sorted is null) return Outcome<Paged<Item>>.Invalid("sort", Paging.UnknownSortMessage(Sorts));
        var page = await sorted
            .Select(a => new Item(a.Id, a.Title, a.Kind, a.Status, a.StartsAt, a.EndsAt, a.TimeZone, a.AllDay, a.Venue, a.Online,
                a.ParticipantCount, a.ParentId, a.Parent != null ? a.Parent.Title : null, a.PartnershipId,
                a.Partnership != null ? a.Partnership.Name : null, Array.Empty<PlaceLink>()))
            .ToPagedAsync(query.Page, query.PageSize, ct);

        var ids = page.Items.Select(i => i.Id).ToList();
        var places = (await db.Set<ActivityPlace>().AsNoTracking().Where(p => ids.Contains(p.ActivityId))
                .Select(p => new { p.ActivityId, p.PlaceId, p.Place!.Name }).ToListAsync(ct))
            .ToLookup(p => p.ActivityId, p => new PlaceLink(p.PlaceId, p.Name));
        return Outcome<Paged<Item>>.Ok(page with
        {
            Items = [.. page.Items.Select(i => i with
            {
                StartsAt = DateTime.SpecifyKind(i.StartsAt, DateTimeKind.Utc),
                EndsAt = DateTime.SpecifyKind(i.EndsAt, DateTimeKind.Utc),
                Places = [.. places[i.Id].OrderBy(p => p.Name)],
            })],
        });
    }

    /// <summary>
    /// Local midnight falls at a different UTC instant in each time zone, so the range becomes one bound per zone
    /// in use: (TimeZone = 'Asia/Shanghai' AND StartsAt >= …) OR (TimeZone = 'Europe/Madrid' AND …).
    /// </summary>
    private static async Task<Expression<Func<Activity, bool>>> StartingBetweenAsync(AppDbContext db, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var zones = await db.Activities.Select(a => a.TimeZone).Distinct().ToListAsync(ct);
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
        return Expression.Lambda<Func<Activity, bool>>(body, a);
    }

    private static DateTime LocalMidnightUtc(DateOnly date, string zone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var info)) return DateTime.SpecifyKind(midnight, DateTimeKind.Utc);
        while (info.IsInvalidTime(midnight)) midnight = midnight.AddMinutes(15);
        return TimeZoneInfo.ConvertTimeToUtc(midnight, info);
    }
}
