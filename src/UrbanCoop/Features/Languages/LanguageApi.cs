namespace UrbanCoop.Features.Languages;

/// <summary><c>GET /language?to=zh-Hans&amp;back=/places</c>: remembers the language for a year and returns to the page.</summary>
public static class LanguageApi
{
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/language", (HttpContext http, string? to, string? back) =>
        {
            var language = UiLanguages.Match(to);
            if (language is null)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["to"] = [$"Unknown language '{to}'. Use en or zh-Hans."] });
            http.Response.Cookies.Append(UiLanguages.Cookie, language, new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true,
            });
            // Only a path on this site, never another host.
            var local = back is { Length: > 0 } && back[0] == '/' && !back.StartsWith("//") && !back.StartsWith("/\\");
            return Results.Redirect(local ? back! : "/");
        }).ExcludeFromDescription();
}
