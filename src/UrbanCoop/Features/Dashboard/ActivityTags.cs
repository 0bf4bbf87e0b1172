using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Dashboard;

/// <summary>
/// One row per theme (or SDG) of each activity, for grouping in SQL. EF cannot unnest a list column inside a
/// GROUP BY on SQLite (it would need APPLY), so the rows come from each provider's own table function
/// (json_each, unnest) and the rest of the query — filters and GROUP BY — stays LINQ.
/// </summary>
internal static class ActivityTags
{
    public sealed record ThemeRow(int ActivityId, string Tag, int? ParticipantCount);
    public sealed record SdgRow(int ActivityId, int Tag);

    public static IQueryable<ThemeRow> Themes(AppDbContext db) => db.Database.IsNpgsql()
        ? db.Database.SqlQueryRaw<ThemeRow>("""SELECT a."Id" AS "ActivityId", t AS "Tag", a."ParticipantCount" FROM "Activities" a CROSS JOIN LATERAL unnest(a."Themes") AS t""")
        : db.Database.SqlQueryRaw<ThemeRow>("""SELECT a."Id" AS "ActivityId", j.value AS "Tag", a."ParticipantCount" FROM "Activities" a, json_each(a."Themes") j""");

    public static IQueryable<SdgRow> Sdgs(AppDbContext db) => db.Database.IsNpgsql()
        ? db.Database.SqlQueryRaw<SdgRow>("""SELECT a."Id" AS "ActivityId", s AS "Tag" FROM "Activities" a CROSS JOIN LATERAL unnest(a."Sdgs") AS s""")
        : db.Database.SqlQueryRaw<SdgRow>("""SELECT a."Id" AS "ActivityId", CAST(j.value AS INTEGER) AS "Tag" FROM "Activities" a, json_each(a."Sdgs") j""");
}
