using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Accounts;

/// <summary>
/// Drafts are seen only by those who may edit them: all of them by admins, none by members and the
/// public, and by a coordinator or organisation editor exactly the drafts in their scope.
/// </summary>
public static class DraftVisibility
{
    public static IApplicationBuilder UseDraftVisibility(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var role = AccountClaims.RoleOf(http.User);
        if (role is UserRole.Admin or UserRole.Coordinator or UserRole.OrganisationEditor)
        {
            var db = http.RequestServices.GetRequiredService<AppDbContext>();
            DraftKeys.Allow(http, role == UserRole.Admin ? null
                : await EditableDraftsAsync(db, http.RequestServices.GetRequiredService<EditScope>(), http, http.RequestAborted));
        }
        await next(http);
    });

    private static async Task<HashSet<long>> EditableDraftsAsync(AppDbContext db, EditScope scope, HttpContext http, CancellationToken ct)
    {
        var keys = new HashSet<long>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => t.BaseType is null && typeof(Record).IsAssignableFrom(t.ClrType)))
        {
            if (DraftKeys.KindOf(type.ClrType) is not { } kind) continue;
            foreach (var id in await DraftIdsAsync(db, type.ClrType, ct))
                if (await scope.CanEditAsync(http.User, kind, id, ct)) keys.Add(DraftKeys.Of(kind, id));
        }
        return keys;
    }

    private static Task<List<int>> DraftIdsAsync(AppDbContext db, Type recordType, CancellationToken ct) =>
        (Task<List<int>>)typeof(DraftVisibility).GetMethod(nameof(DraftIdsOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(recordType).Invoke(null, [db, ct])!;

    private static Task<List<int>> DraftIdsOfAsync<T>(AppDbContext db, CancellationToken ct) where T : Record =>
        db.Set<T>().IgnoreQueryFilters().Where(r => !r.Published).Select(r => r.Id).ToListAsync(ct);
}
