using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Accounts;

/// <summary>An account's personal access tokens: list, create (the secret is returned once), revoke.</summary>
public static class ApiTokens
{
    public sealed record Line(int Id, string Name, string Hint, TokenScope Scope, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);
    public sealed record Issued(int Id, string Secret, DateTime ExpiresAt);

    public const int MaxDays = 365;

    public static Task<List<Line>> ListAsync(AppDbContext db, string userId, CancellationToken ct) =>
        db.Set<ApiToken>().AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt)
            .Select(t => new Line(t.Id, t.Name, t.Hint, t.Scope, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt)).ToListAsync(ct);

    public static async Task<Outcome<Issued>> CreateAsync(AppDbContext db, string userId, string? name, TokenScope scope, int days, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100) errors.Add("Name", "Give the token a name of 1 to 100 characters.");
        if (days is < 1 or > MaxDays) errors.Add("Days", $"A token lives 1 to {MaxDays} days.");
        if (errors.Any) return Outcome<Issued>.Invalid(errors.ToDictionary());
        var (secret, hash) = ApiToken.NewSecret();
        var now = clock.GetUtcNow().UtcDateTime;
        var token = new ApiToken
        {
            UserId = userId, Name = name!.Trim(), Hint = secret[..8], Hash = hash, Scope = scope, CreatedAt = now, ExpiresAt = now.AddDays(days),
        };
        db.Add(token);
        await db.SaveChangesAsync(ct);
        return Outcome<Issued>.Created(new(token.Id, secret, token.ExpiresAt));
    }

    public static async Task<bool> RevokeAsync(AppDbContext db, string userId, int id, TimeProvider clock, CancellationToken ct) =>
        await db.Set<ApiToken>().Where(t => t.Id == id && t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, clock.GetUtcNow().UtcDateTime), ct) == 1;
}
