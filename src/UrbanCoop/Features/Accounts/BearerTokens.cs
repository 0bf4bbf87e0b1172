using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Accounts;

/// <summary>Signs API callers in from `Authorization: Bearer uc_…` personal access tokens.</summary>
public sealed class BearerTokens(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AppDbContext db, IUserClaimsPrincipalFactory<AppUser> principals, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string FailureItem = "urbancoop:token-failure";

    public static bool IsPresent(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!IsPresent(Request)) return AuthenticateResult.NoResult();
        var secret = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var hash = ApiToken.HashOf(secret);
        var token = await db.Set<ApiToken>().FirstOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
        var now = clock.GetUtcNow().UtcDateTime;
        var problem = token switch
        {
            null => "The API token is not known.",
            { RevokedAt: not null } => "The API token was revoked.",
            _ when token.ExpiresAt <= now => "The API token has expired.",
            _ => null,
        };
        var user = token is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == token.UserId, Context.RequestAborted);
        if (problem is null && user is not { Disabled: false }) problem = "The account of this API token is disabled.";
        if (problem is not null)
        {
            Context.Items[FailureItem] = problem;
            return AuthenticateResult.Fail(problem);
        }

        // Written at most once a minute, so that a busy client does not turn every read into a write.
        if (token!.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(Context.RequestAborted);
        }
        var principal = await principals.CreateAsync(user!);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(AccountClaims.TokenScope, token.Scope == TokenScope.ReadWrite ? "read-write" : "read"));
        identity.AddClaim(new Claim("urbancoop:token", token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(identity.Claims, SchemeName)), SchemeName));
    }
}

public static class BearerTokenRefusal
{
    /// <summary>A request that brings a bad token is refused outright rather than served as anonymous.</summary>
    public static IApplicationBuilder UseBearerTokenRefusal(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.Items[BearerTokens.FailureItem] is string problem)
        {
            await Results.Problem(problem, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized").ExecuteAsync(http);
            return;
        }
        await next();
    });
}
