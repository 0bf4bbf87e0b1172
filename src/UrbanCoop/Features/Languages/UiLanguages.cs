using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace UrbanCoop.Features.Languages;

/// <summary>
/// The languages of the interface: English and Simplified Chinese. The choice made with the switch is kept in a
/// cookie; without it, the browser's Accept-Language decides (any Chinese variant gives Simplified Chinese).
/// </summary>
public static class UiLanguages
{
    public const string Cookie = "uc-lang";
    public const string English = "en", Chinese = "zh-Hans";
    public static readonly IReadOnlyList<string> All = [English, Chinese];

    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public static IApplicationBuilder UseUiLanguages(this IApplicationBuilder app) => app.UseRequestLocalization(options =>
    {
        var cultures = All.Select(c => new CultureInfo(c)).ToList();
        options.DefaultRequestCulture = new RequestCulture(English);
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        options.RequestCultureProviders = [new ChosenOrAccepted()];
    });

    /// <summary>"zh-CN", "zh-TW", "zh" → zh-Hans; "en-GB" → en; anything else → null.</summary>
    public static string? Match(string? language) => language?.Trim() switch
    {
        null or "" => null,
        var l when l.StartsWith("zh", StringComparison.OrdinalIgnoreCase) => Chinese,
        var l when l.StartsWith("en", StringComparison.OrdinalIgnoreCase) => English,
        _ => null,
    };

    private sealed class ChosenOrAccepted : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext http)
        {
            // ?lang= names the language of one page (how the PDF printer asks for it), then the remembered choice.
            var chosen = Match(http.Request.Query["lang"]) ?? Match(http.Request.Cookies[Cookie]);
            chosen ??= http.Request.GetTypedHeaders().AcceptLanguage
                .OrderByDescending(l => l.Quality ?? 1).Select(l => Match(l.Value.Value)).FirstOrDefault(l => l is not null);
            return Task.FromResult(chosen is null ? null : new ProviderCultureResult(chosen));
        }
    }
}
