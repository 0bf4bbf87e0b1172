using System.Security.Claims;
using UrbanCoop.Features.Documents;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Accounts;

public enum WriteVerdict { Allowed, SignInRequired, Forbidden }

/// <summary>
/// One rule for every change, whichever door it comes through (API or page): the record must be in
/// the user's scope before the change, and the record the change leaves behind must be too. The
/// change runs in a transaction that is rolled back when the second check fails, so a coordinator
/// cannot create or move a record outside their places.
/// </summary>
public sealed class WriteAccess(EditScope scope, AppDbContext db, ILogger<WriteAccess> log)
{
    public async Task<WriteVerdict> BeforeAsync(ClaimsPrincipal user, RecordKind kind, int? id, string what, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true) return WriteVerdict.SignInRequired;
        if (!await MayAsync(user, kind, id, ct))
        {
            log.LogWarning("Refused {What} on {Kind} {Id} for {User}", what, kind, id, user.Identity.Name);
            return WriteVerdict.Forbidden;
        }
        return WriteVerdict.Allowed;
    }

    /// <summary>Whether the user may change record <paramref name="id"/>, or create one of this kind when it is null.</summary>
    public async Task<bool> MayAsync(ClaimsPrincipal user, RecordKind kind, int? id, CancellationToken ct) =>
        AccountClaims.MayWrite(user) && (id is int existing ? await scope.CanEditAsync(user, kind, existing, ct) : MayCreate(user, kind));

    /// <summary>Runs the change; returns false (and rolls it back) when the record it leaves is outside the user's scope.</summary>
    public async Task<(T Result, bool Kept)> RunAsync<T>(ClaimsPrincipal user, RecordKind kind, Func<Task<T>> change, Func<T, int?> resultId, CancellationToken ct)
    {
        if (AccountClaims.RoleOf(user) == UserRole.Admin) return (await change(), true);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await change();
        if (resultId(result) is int id && !await scope.CanEditAsync(user, kind, id, ct))
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            log.LogWarning("Rolled back a change that left {Kind} {Id} outside the scope of {User}", kind, id, user.Identity?.Name);
            return (result, false);
        }
        await transaction.CommitAsync(ct);
        return (result, true);
    }

    // Programmes, clusters and calls are the programme team's; coordinators and editors add records inside their scope.
    private static bool MayCreate(ClaimsPrincipal user, RecordKind kind) => AccountClaims.RoleOf(user) switch
    {
        UserRole.Admin => true,
        UserRole.Coordinator => kind is not (RecordKind.Programme or RecordKind.Cluster or RecordKind.Call),
        UserRole.OrganisationEditor => kind is RecordKind.Person,
        _ => false,
    };
}
