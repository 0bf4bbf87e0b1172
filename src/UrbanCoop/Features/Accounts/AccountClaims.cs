using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace UrbanCoop.Features.Accounts;

/// <summary>The claims a sign-in carries: role and scope, so that rights are checked without a lookup per request.</summary>
public static class AccountClaims
{
    public const string Place = "urbancoop:place";
    public const string Organisation = "urbancoop:organisation";
    public const string TokenScope = "urbancoop:token-scope";

    public static UserRole? RoleOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Enum.TryParse<UserRole>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public static IReadOnlyList<int> PlacesOf(ClaimsPrincipal user) =>
        user.FindAll(Place).Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture)).ToList();

    public static int? OrganisationOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(Organisation), CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>False for a read-only API token, whatever the account's role.</summary>
    public static bool MayWrite(ClaimsPrincipal user) =>
        RoleOf(user) is UserRole role && role != UserRole.Member && user.FindFirstValue(TokenScope) is null or "read-write";
}

internal sealed class AccountClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role.ToString()));
        foreach (var place in user.PlaceIds) identity.AddClaim(new Claim(AccountClaims.Place, place.ToString(CultureInfo.InvariantCulture)));
        if (user.OrganisationId is int organisation)
            identity.AddClaim(new Claim(AccountClaims.Organisation, organisation.ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
