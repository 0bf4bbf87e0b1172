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
            foreach (var id in await DraftKeys.DraftIdsAsync(db, kind, null, ct))
                if (await scope.CanEditAsync(http.User, kind, id, ct)) keys.Add(DraftKeys.Of(kind, id));
        }
        return keys;
    }
}
