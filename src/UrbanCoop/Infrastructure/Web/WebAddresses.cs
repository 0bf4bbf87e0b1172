namespace UrbanCoop.Infrastructure.Web;

public static class WebAddresses
{
    /// <summary>An absolute http(s) address: safe to put in a link's href (no javascript: or data: schemes).</summary>
    public static bool IsHttp(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
