using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using UrbanCoop.Infrastructure.Auth;
using UrbanCoop.Infrastructure.Database;

namespace UrbanCoop.Features.Accounts;

/// <summary>Sign-in, roles and the checks on every change.</summary>
public static class AccountsSetup
{
    public const string SignInRateLimit = "sign-in";
    public const string ApiRateLimit = "api";
    private const string CookieOrToken = "cookie-or-token";

    public static void AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var signInsPerMinute = configuration.GetValue("URBANCOOP_SIGNIN_LIMIT", 20);
        var apiBurst = Math.Max(10, configuration.GetValue("URBANCOOP_API_BURST", 10_000));
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>();
        // Browsers sign in with a cookie, API clients with a personal access token; one scheme picks per request.
        var authentication = services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieOrToken;
            o.DefaultChallengeScheme = CookieOrToken;
        });
        authentication.AddPolicyScheme(CookieOrToken, "Cookie or API token", o => o.ForwardDefaultSelector = http =>
            BearerTokens.IsPresent(http.Request) ? BearerTokens.SchemeName : IdentityConstants.ApplicationScheme);
        authentication.AddScheme<AuthenticationSchemeOptions, BearerTokens>(BearerTokens.SchemeName, null);
        authentication.AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.AccessDeniedPath = "/error?status=403";
            o.Cookie.Name = "urbancoop";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
        });
        // "Sign out everywhere" changes the security stamp; other sessions notice within this interval.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorization();
        services.AddDataProtection().SetApplicationName("UrbanCoop");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(o =>
            o.XmlRepository = new DatabaseXmlRepository(provider.GetRequiredService<IServiceScopeFactory>())));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only attempts count (posts), per client address: showing the form is free.
            o.AddPolicy(SignInRateLimit, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = signInsPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("form"));
            // Per token (or per address without one), so that one busy client cannot starve the others.
            o.AddPolicy(ApiRateLimit, http => RateLimitPartition.GetTokenBucketLimiter(
                http.User.FindFirst("urbancoop:token")?.Value ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = apiBurst, TokensPerPeriod = apiBurst / 10, ReplenishmentPeriod = TimeSpan.FromSeconds(1), AutoReplenishment = true,
                }));
        });
        services.AddScoped<EditScope>();
        services.AddScoped<WriteAccess>();
    }
}
